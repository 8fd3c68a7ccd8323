using System.Text;
using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class PlacesFileReaderTests
{
    private static PlaceRows Csv(string text, Encoding? encoding = null) => PlacesFileReader.Read((encoding ?? Encoding.UTF8).GetBytes(text), ".csv");

    [Fact]
    public void A_comma_separated_file_with_a_byte_order_mark_is_read_by_column_name()
    {
        var rows = PlacesFileReader.Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("\"Nom\",commune,Code INSEE\nLieu A,Candé,49054\n")], ".csv");

        Assert.Null(rows.Error);
        var row = Assert.Single(rows.Rows);
        Assert.Equal("Lieu A", row.Values["nom"]);
        Assert.Equal("49054", row.Values["code_insee"]);
    }

    [Fact]
    public void A_semicolon_separated_file_keeps_the_semicolons_of_a_quoted_multi_valued_field()
    {
        var rows = Csv("nom;commune;services\nLieu B;Saumur;\"Aide aux démarches administratives;Loisirs et créations numériques\"\n");

        Assert.Equal("Aide aux démarches administratives;Loisirs et créations numériques", Assert.Single(rows.Rows).Values["services"]);
    }

    [Fact]
    public void A_quoted_field_over_several_lines_keeps_the_line_where_each_row_starts()
    {
        var rows = Csv("nom,commune,presentation_detail\nLieu A,Candé,\"ligne 1\nligne 2\"\nLieu B,Saumur,x\n");

        Assert.Equal([2, 4], rows.Rows.Select(r => r.Line));
        Assert.Equal("ligne 1\nligne 2", rows.Rows[0].Values["presentation_detail"]);
    }

    [Fact]
    public void Unknown_columns_are_ignored_and_missing_cells_are_absent()
    {
        var rows = Csv("nom,commune,autre,telephone\nLieu A,Candé,xyz\n");

        var row = Assert.Single(rows.Rows);
        Assert.False(row.Values.ContainsKey("telephone"));
        Assert.Equal(["commune", "nom"], row.Values.Keys.Order());
    }

    [Fact]
    public void A_file_saved_in_windows_1252_is_read_with_its_accents()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = Csv("nom;commune\nMédiathèque Fictive;Trélazé\n", Encoding.GetEncoding(1252));

        Assert.Equal("Médiathèque Fictive", Assert.Single(rows.Rows).Values["nom"]);
    }

    [Fact]
    public void A_json_array_of_places_is_read_with_arrays_as_multiple_values_and_the_line_of_each_object()
    {
        var rows = PlacesFileReader.Read(Encoding.UTF8.GetBytes("[\n  {\"nom\": \"Lieu A\", \"commune\": \"Candé\", \"latitude\": 47.5},\n  {\"nom\": \"Lieu B\",\n   \"services\": [\"a\", \"b\"]}\n]"), ".json");

        Assert.Null(rows.Error);
        Assert.Equal([2, 3], rows.Rows.Select(r => r.Line));
        Assert.Equal("47.5", rows.Rows[0].Values["latitude"]);
        Assert.Equal("a|b", rows.Rows[1].Values["services"]);
    }

    [Fact]
    public void Geojson_features_give_their_properties_and_coordinates()
    {
        var rows = PlacesFileReader.Read(Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-0.55,47.47]},\"properties\":{\"nom\":\"Lieu A\",\"commune\":\"Angers\"}}]}"), ".geojson");

        var row = Assert.Single(rows.Rows);
        Assert.Equal("47.47", row.Values["latitude"]);
        Assert.Equal("-0.55", row.Values["longitude"]);
    }

    [Theory]
    [InlineData("id,commune\nx,Candé\n", "no 'nom' column")]
    [InlineData("juste du texte sans colonnes\n", "not a CSV file of the standard")]
    [InlineData("{\"nom\": ", "not valid JSON")]
    [InlineData("", "empty")]
    public void A_file_that_is_not_the_standard_says_why(string text, string reason)
    {
        var rows = PlacesFileReader.Read(Encoding.UTF8.GetBytes(text), text.StartsWith('{') ? ".json" : ".csv");

        Assert.Contains(reason, rows.Error, StringComparison.Ordinal);
        Assert.Empty(rows.Rows);
    }

    [Fact]
    public void A_binary_file_is_not_read()
    {
        Assert.Contains("not text", PlacesFileReader.Read([0, 1, 2, 255], ".csv").Error, StringComparison.Ordinal);
    }
}
