using System.Text;
using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NotesCsvExporterTests
{
    private static readonly DateTimeOffset Created = new(2025, 3, 14, 9, 30, 5, TimeSpan.Zero);

    private static Note NoteWith(string text, NoteUser? author = null, string reference = "N-4F7K2") => new()
    {
        Id = 1,
        Reference = reference,
        GroupId = RoadmapWorkingGroups.Reconditionnement.Id,
        Text = text,
        Author = author ?? People.Marie,
        ConversationId = "a:conv-1",
        CreatedUtc = Created,
        IdempotencyKey = "k",
    };

    private static async Task<(byte[] Bytes, List<List<string>> Rows)> ExportAsync(params Note[] notes)
    {
        var bytes = await NotesCsvExporter.ToBytesAsync(RoadmapWorkingGroups.Reconditionnement, notes);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        return (bytes, CsvTestReader.Read(text));
    }

    [Fact]
    public async Task The_file_is_utf8_with_a_bom_semicolons_crlf_and_a_french_header()
    {
        var edited = NoteWith("Réunion à Saumur") with
        {
            ReferenceDate = new DateOnly(2025, 3, 20),
            EditedUtc = Created.AddHours(2),
            EditedBy = People.Marie,
        };

        var (bytes, rows) = await ExportAsync(edited);

        Assert.Equal(
            "\uFEFFRéférence;Groupe;Date concernée;Texte;Auteur;Canal;Créée le (heure de Paris);Modifiée le (heure de Paris);Modifiée par\r\n",
            Encoding.UTF8.GetString(bytes).Split('\n')[0] + "\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(NotesCsvExporter.Header, rows[0]);
        Assert.Equal(
            ["N-4F7K2", RoadmapWorkingGroups.Reconditionnement.Title, "2025-03-20", "Réunion à Saumur", "Marie Lefèvre", "Teams", "2025-03-14 10:30:05", "2025-03-14 12:30:05", "Marie Lefèvre"],
            rows[1]);
    }

    [Fact]
    public async Task Times_are_paris_time_utc_plus_two_in_summer_even_across_midnight()
    {
        var summer = NoteWith("Réunion d'été") with
        {
            CreatedUtc = new DateTimeOffset(2025, 7, 1, 22, 30, 0, TimeSpan.Zero),
            EditedUtc = new DateTimeOffset(2025, 7, 2, 6, 0, 0, TimeSpan.Zero),
            EditedBy = People.Marie,
        };

        var (_, rows) = await ExportAsync(summer);

        Assert.Equal("2025-07-02 00:30:00", rows[1][6]);
        Assert.Equal("2025-07-02 08:00:00", rows[1][7]);
    }

    [Fact]
    public async Task Separators_quotes_and_line_breaks_in_a_note_stay_inside_one_cell()
    {
        const string text = "Points ; décisions\r\n1. « citer » et \"guillemets\"\nFin";

        var (bytes, rows) = await ExportAsync(NoteWith(text));

        Assert.Equal(text, rows[1][3]);
        Assert.Contains("\"Points ; décisions\r\n1. « citer » et \"\"guillemets\"\"\nFin\"", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://exemple.invalid\";\"clic\")")]
    [InlineData("+33 6 00 00 00 00")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_with_a_quote(string text)
    {
        var (_, rows) = await ExportAsync(NoteWith(text));

        Assert.Equal("'" + text, rows[1][3]);
    }

    [Fact]
    public async Task Every_cell_is_neutralised_not_only_the_text()
    {
        var author = new NoteUser("msteams", "29:x", DisplayName: "=cmd|' /C calc'!A0");

        var (_, rows) = await ExportAsync(NoteWith("ok", author) with { EditedBy = author, EditedUtc = Created });

        Assert.Equal("'=cmd|' /C calc'!A0", rows[1][4]);
        Assert.Equal("'=cmd|' /C calc'!A0", rows[1][8]);
        Assert.All(rows[1], cell => Assert.DoesNotMatch("^[=+\\-@\t\r]", cell));
    }

    [Fact]
    public async Task Html_and_harmless_text_are_written_verbatim()
    {
        const string html = "<script>alert('x')</script><b>gras</b> a=b 3-2 e-mail: x@y.fr";

        var (_, rows) = await ExportAsync(NoteWith(html));

        Assert.Equal(html, rows[1][3]);
    }

    [Fact]
    public async Task An_empty_group_exports_the_header_alone()
    {
        var (_, rows) = await ExportAsync();

        Assert.Equal([NotesCsvExporter.Header.ToList()], rows);
    }
}
