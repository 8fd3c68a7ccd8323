using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace Mednum49.Knowledge.Places;

/// <summary>One row of a places file: the line it starts on and its values by the standard's field name.</summary>
public sealed record PlaceRow(int Line, IReadOnlyDictionary<string, string> Values);

/// <summary>A places file's rows, or why it cannot be read as the standard.</summary>
public sealed record PlaceRows(IReadOnlyList<PlaceRow> Rows, string? Error)
{
    public static PlaceRows Fail(string error) => new([], error);
}

/// <summary>
/// Reads a file of the standard as rows: CSV (delimiter <c>,</c> <c>;</c> or tab, guessed from the header; quoted
/// multi-line fields; UTF-8 with or without BOM, else Windows-1252) or JSON (an array of objects, an object holding
/// such an array, or GeoJSON features). Columns are matched by name whatever their order; unknown columns are ignored.
/// </summary>
public static class PlacesFileReader
{
    public static readonly string[] Extensions = [".csv", ".json", ".geojson"];

    static PlacesFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsPlacesFile(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static PlaceRows Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PlaceRows.Fail($"the file cannot be read: {e.Message}");
        }

        return Read(bytes, Path.GetExtension(path));
    }

    public static PlaceRows Read(byte[] bytes, string extension)
    {
        var text = Decode(bytes);
        if (text is null)
        {
            return PlaceRows.Fail("the file is not text (neither UTF-8 nor Windows-1252): it is not CSV or JSON");
        }

        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return PlaceRows.Fail("the file is empty");
        }

        var json = trimmed[0] is '[' or '{';
        if (json || extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || extension.Equals(".geojson", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(text);
        }

        return ReadCsv(text);
    }

    private static string? Decode(byte[] bytes)
    {
        var start = bytes.AsSpan();
        if (start.StartsWith(Encoding.UTF8.Preamble))
        {
            start = start[3..];
        }

        if (start.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(start);
        }
        catch (DecoderFallbackException)
        {
            // Files saved from a spreadsheet on Windows.
            return Encoding.GetEncoding(1252).GetString(start);
        }
    }

    private static PlaceRows ReadCsv(string text)
    {
        var firstLine = text.AsSpan()[..(text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length)];
        var options = CsvReaderOptions.Default with
        {
            Separator = GuessDelimiter(firstLine),
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            DetectSeparatorHint = true,
        };

        try
        {
            using var csv = CsvReader.FromText(text, options);
            csv.ReadHeader();
            var headers = csv.Headers.ToArray();
            if (headers.Length == 0)
            {
                return PlaceRows.Fail("the file has no header line");
            }

            var columns = headers.Select(h => PlacesSchema.FieldFor(h)?.Name).ToArray();
            if (!columns.Contains("nom"))
            {
                return PlaceRows.Fail(headers.Length <= 1
                    ? "this is not a CSV file of the standard: no separated columns and no 'nom' column"
                    : $"no 'nom' column: the header line should name the standard's columns (id, nom, commune, …); it has {string.Join(", ", headers.Take(8).Select(h => $"'{h}'"))}");
            }

            var rows = new List<PlaceRow>();
            while (csv.Read())
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < columns.Length && i < csv.FieldCount; i++)
                {
                    if (columns[i] is { } name && !values.ContainsKey(name) && csv.GetString(i) is { } value && !string.IsNullOrWhiteSpace(value))
                    {
                        values[name] = value.Trim();
                    }
                }

                if (values.Count > 0)
                {
                    rows.Add(new PlaceRow((int)csv.LineNumber, values));
                }
            }

            return new PlaceRows(rows, null);
        }
        catch (Exception e) when (e is CsvFormatException or InvalidOperationException or ArgumentException)
        {
            return PlaceRows.Fail($"the CSV cannot be read: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The separator the header line uses most, outside quotes: <c>,</c>, <c>;</c> or a tab.</summary>
    private static char GuessDelimiter(ReadOnlySpan<char> header)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in header)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case ',' when !quoted: commas++; break;
                case ';' when !quoted: semicolons++; break;
                case '\t' when !quoted: tabs++; break;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static PlaceRows ReadJson(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return PlaceRows.Fail($"this is not valid JSON ({e.Message.Split('.')[0]})");
        }

        using (document)
        {
            var items = Items(document.RootElement);
            if (items is null)
            {
                return PlaceRows.Fail("the JSON should be an array of places (objects with the standard's fields: nom, commune, …)");
            }

            var lines = ElementLines(text);
            var rows = new List<PlaceRow>();
            var sawName = false;
            var index = 0;
            foreach (var item in items)
            {
                var line = index < lines.Count ? lines[index] : 1;
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                var properties = item.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : item;
                foreach (var property in properties.EnumerateObject())
                {
                    if (PlacesSchema.FieldFor(property.Name)?.Name is { } name && Text(property.Value) is { Length: > 0 } value && !values.ContainsKey(name))
                    {
                        values[name] = value;
                    }

                    sawName |= PlacesSchema.FieldFor(property.Name)?.Name == "nom";
                }

                // GeoJSON: coordinates are [longitude, latitude].
                if (item.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object
                    && geometry.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array && coordinates.GetArrayLength() >= 2)
                {
                    values.TryAdd("longitude", coordinates[0].GetRawText());
                    values.TryAdd("latitude", coordinates[1].GetRawText());
                }

                rows.Add(new PlaceRow(line, values));
            }

            if (!sawName && rows.Count > 0)
            {
                return PlaceRows.Fail("no 'nom' field: the objects should have the standard's fields (id, nom, commune, …)");
            }

            return new PlaceRows(rows, null);
        }
    }

    private static List<JsonElement>? Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [.. root.EnumerateArray()];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // { "features": [...] }, { "data": [...] }, { "lieux": [...] }: the first array of objects.
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
            {
                return [.. property.Value.EnumerateArray()];
            }
        }

        // A single place.
        return root.TryGetProperty("nom", out _) ? [root] : null;
    }

    /// <summary>A JSON value as the text a CSV cell would hold: arrays joined with <c>|</c>.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(Text).Where(t => !string.IsNullOrEmpty(t))),
        JsonValueKind.Object => value.GetRawText(),
        _ => null,
    };

    /// <summary>The line on which each element of the top-level array of places starts (1-based).</summary>
    private static List<int> ElementLines(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var starts = new List<long>();
        var arrayDepth = -1;
        while (reader.Read())
        {
            if (arrayDepth < 0 && reader.TokenType == JsonTokenType.StartArray)
            {
                // The places are the first array that holds objects (the root, or "features"/"data").
                var copy = reader;
                if (copy.Read() && copy.TokenType == JsonTokenType.StartObject)
                {
                    arrayDepth = reader.CurrentDepth;
                }

                continue;
            }

            if (arrayDepth >= 0 && reader.CurrentDepth == arrayDepth + 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null or JsonTokenType.True or JsonTokenType.False)
            {
                starts.Add(reader.TokenStartIndex);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
            else if (arrayDepth >= 0 && reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == arrayDepth)
            {
                break;
            }
        }

        if (starts.Count == 0)
        {
            return [1];
        }

        var lines = new List<int>(starts.Count);
        var line = 1;
        var position = 0L;
        foreach (var start in starts)
        {
            for (; position < start; position++)
            {
                if (bytes[position] == (byte)'\n')
                {
                    line++;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
