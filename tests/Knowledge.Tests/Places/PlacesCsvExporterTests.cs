using System.Text;
using System.Text.RegularExpressions;
using Mednum49.Knowledge.Places;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class PlacesCsvExporterTests
{
    private static async Task<(string[] Header, List<string[]> Rows)> ExportAsync()
    {
        using var stream = new MemoryStream();
        await PlacesCsvExporter.WriteAsync(stream, PlacesFixtures.KnowledgeBase);
        var rows = PlacesFileReaderRows(stream.ToArray());
        return rows;
    }

    // Reads the export back with a plain RFC 4180 reader, independent of the code under test.
    private static (string[] Header, List<string[]> Rows) PlacesFileReaderRows(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return (records[0], records.Skip(1).ToList());
    }

    [Fact]
    public async Task The_columns_are_the_standard_ones_in_its_order()
    {
        var (header, rows) = await ExportAsync();

        Assert.Equal(PlacesSchema.Fields.Select(f => f.Name), header);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
    }

    [Fact]
    public async Task Every_place_of_the_files_and_every_open_roadmap_place_not_in_them_is_written()
    {
        var (_, rows) = await ExportAsync();
        var kb = PlacesFixtures.KnowledgeBase;

        Assert.Equal(kb.OpenData.All.Count + kb.Places.Count(p => p.Closed is null && p.CommuneId is not null && kb.OpenData.Of(p.Id).Count == 0), rows.Count);
        Assert.Contains(rows, r => r[2] == "Médiathèque Imaginaire");
        Assert.DoesNotContain(rows, r => r[0] == "mednum49-france-services-cande");
        Assert.Contains(rows, r => r[0] == "mednum49-france-services-durtal");
    }

    [Fact]
    public async Task Every_filled_value_matches_the_pattern_and_vocabulary_of_its_field()
    {
        var (header, rows) = await ExportAsync();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            for (var i = 0; i < header.Length; i++)
            {
                var field = PlacesSchema.Field(header[i]);
                var value = row[i];
                if (value.Length == 0)
                {
                    if (field.Name is "id" or "nom" or "commune")
                    {
                        failures.Add($"{row[0]}: {field.Name} is required and empty");
                    }

                    continue;
                }

                var values = field.Multi ? value.Split('|') : [value];
                foreach (var one in values)
                {
                    if (field.Pattern is { } pattern && !Regex.IsMatch(one, pattern))
                    {
                        failures.Add($"{row[0]}: {field.Name} « {one} » does not match {pattern}");
                    }

                    if (field.Values is { } vocabulary && !vocabulary.Contains(one))
                    {
                        failures.Add($"{row[0]}: {field.Name} « {one} » is not in the vocabulary");
                    }

                    if (field.Type == "number" && !double.TryParse(one, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                    {
                        failures.Add($"{row[0]}: {field.Name} « {one} » is not a number");
                    }

                    if (field.MaxLength is { } max && one.Length > max && field.Name != "presentation_resume")
                    {
                        failures.Add($"{row[0]}: {field.Name} longer than {max}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_file_written_by_the_export_reads_back_with_the_same_places()
    {
        using var stream = new MemoryStream();
        await PlacesCsvExporter.WriteAsync(stream, PlacesFixtures.KnowledgeBase);
        var rows = PlacesFileReader.Read(stream.ToArray(), ".csv");

        Assert.Null(rows.Error);
        Assert.Contains(rows.Rows, r => r.Values["nom"] == "France Services de Candé" && r.Values["telephone"] == "+33199000001");
    }
}
