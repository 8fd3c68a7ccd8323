using System.Globalization;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// Checks one row against the standard's constraints (<see cref="PlacesSchema"/>) and turns it into an
/// <see cref="OpenPlace"/>. A row without <c>nom</c>, or with neither <c>commune</c> nor <c>code_insee</c>, cannot be
/// placed and is skipped; any other violation is reported and only the offending value is dropped.
/// </summary>
/// <param name="seen">What this load already worked out for values files repeat (hours, lists of services…), if shared.</param>
internal sealed class PlaceRowParser(string file, List<PlaceProblem> problems, PlaceValuesSeen? seen = null)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd"];

    private static readonly string[] FrenchDateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy"];

    // Static: a separator array written inline is allocated again on every row.
    private static readonly char[] Pipe = ['|'];
    private static readonly char[] Semicolon = [';'];
    private static readonly char[] SemicolonOrComma = [';', ','];
    private static readonly char[] EmailSeparators = ['|', ';', ',', ' ', '\n', '\t'];
    private static readonly char[] UrlSeparators = ['|', ';', ' ', '\n', '\t'];

    private PlaceRow row = new(0, new Dictionary<string, string>());

    public OpenPlace? Parse(PlaceRow placeRow)
    {
        row = placeRow;
        var name = Value("nom");
        var commune = Value("commune");
        var insee = Value("code_insee");
        if (name is null)
        {
            Problem("nom", "missing: the place has no name, the row is skipped", skipped: true);
            return null;
        }

        if (commune is null && insee is null)
        {
            Problem("commune", "missing, and no code_insee either: the place cannot be located, the row is skipped", skipped: true);
            return null;
        }

        var id = Value("id");
        if (id is null)
        {
            Problem("id", "missing (required): the place is identified by its file and line");
            id = $"{file}:{row.Line}";
        }

        var pivot = Value("pivot");
        if (pivot is null)
        {
            Problem("pivot", "missing (required): give the SIRET or RNA number");
        }

        if (commune is null)
        {
            Problem("commune", "missing (required): the commune is taken from code_insee");
        }

        var postalCode = Checked("code_postal", Value("code_postal") is { Length: 4 } four && four.All(char.IsAsciiDigit) ? "0" + four : Value("code_postal"));
        insee = Checked("code_insee", insee is { Length: 4 } shortInsee && shortInsee.All(char.IsAsciiDigit) ? "0" + shortInsee : insee);
        var address = Value("adresse");
        if (address is null)
        {
            Problem("adresse", "missing (required)");
        }

        var (latitude, longitude) = Coordinates();
        var updated = Date();
        var services = Vocabulary("services");
        if (services.Count == 0 && Value("services") is null)
        {
            Problem("services", "missing (required): list the services the place offers");
        }

        return new OpenPlace(
            id, pivot, name, commune, postalCode, insee, address, Value("complement_adresse"), latitude, longitude,
            Split("typologie", commaToo: true), Phone(), Emails(), Urls("site_web"), Hours(), Summary(),
            Value("presentation_detail"), Value("source"), Vocabulary("itinerance"), Value("structure_parente"), updated,
            services, Vocabulary("publics_specifiquement_adresses"), Vocabulary("prise_en_charge_specifique"), Vocabulary("frais_a_charge"),
            Vocabulary("dispositif_programmes_nationaux"), Vocabulary("formations_labels"), Split("autres_formations_labels"),
            Vocabulary("modalites_acces"), Vocabulary("modalites_accompagnement"), Url("fiche_acces_libre"), Url("prise_rdv"),
            file, row.Line);
    }

    private string? Value(string field) =>
        row.Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) && !IsNullWord(value) ? value.Trim() : null;

    /// <summary>Exports write "NULL", "null", "N/A" or "-" for nothing.</summary>
    private static bool IsNullWord(string value) => value.Trim() is "NULL" or "null" or "None" or "N/A" or "n/a" or "-" or "nan" or "NaN";

    private void Problem(string field, string reason, bool skipped = false) => problems.Add(new PlaceProblem(file, row.Line, field, reason, skipped));

    private string? Checked(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (PlacesSchema.Field(field).Matches(value))
        {
            return value;
        }

        Problem(field, $"« {value} » does not match the pattern {PlacesSchema.Field(field).Pattern}: dropped");
        return null;
    }

    /// <summary>The values of a multi-valued field: separated by <c>|</c> (1.x), else by <c>;</c> (0.x).</summary>
    private List<string> Split(string field, bool commaToo = false)
    {
        if (Value(field) is not { } value)
        {
            return [];
        }

        var separators = value.Contains('|') ? Pipe : commaToo ? SemicolonOrComma : Semicolon;
        return [.. value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
    }

    private List<string> Vocabulary(string field)
    {
        if (Value(field) is not { } raw)
        {
            return [];
        }

        var key = (field, raw);
        if (seen is null || !seen.Vocabulary.TryGetValue(key, out var read))
        {
            read = ReadVocabulary(field);
            seen?.Vocabulary.Add(key, read);
        }

        foreach (var value in read.Rejected)
        {
            Problem(field, $"« {value} » is not a value of the standard's list: dropped");
        }

        // Shared by the rows that wrote the same value: places never change their lists.
        return read.Kept;
    }

    private (List<string> Kept, List<string> Rejected) ReadVocabulary(string field)
    {
        var definition = PlacesSchema.Field(field);
        var kept = new List<string>();
        var rejected = new List<string>();
        foreach (var value in Split(field))
        {
            if (definition.Canonical(value) is { } canonical)
            {
                if (!kept.Contains(canonical))
                {
                    kept.Add(canonical);
                }
            }
            else
            {
                rejected.Add(value);
            }
        }

        return (kept, rejected);
    }

    private string? Phone()
    {
        if (Value("telephone") is not { } raw)
        {
            return null;
        }

        var phone = FrenchPhone.Normalize(raw, out var problem, out var note);
        if (problem is not null)
        {
            Problem("telephone", $"{problem}: dropped");
        }
        else if (note is not null)
        {
            Problem("telephone", note);
        }

        return phone;
    }

    private List<string> Emails()
    {
        if (Value("courriels") is not { } value)
        {
            return [];
        }

        var field = PlacesSchema.Field("courriels");
        var result = new List<string>();
        foreach (var raw in value.Split(EmailSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var email = raw.Trim('<', '>', '.').Replace("mailto:", "", StringComparison.OrdinalIgnoreCase);
            if (field.Matches(email))
            {
                if (!result.Contains(email, StringComparer.OrdinalIgnoreCase))
                {
                    result.Add(email);
                }
            }
            else
            {
                Problem("courriels", $"« {raw} » is not an e-mail address: dropped");
            }
        }

        return result;
    }

    private List<string> Urls(string field)
    {
        if (Value(field) is not { } value)
        {
            return [];
        }

        var result = new List<string>();
        var parts = value.Split(UrlSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => p.Split(",http", StringSplitOptions.None).Select((s, i) => i == 0 ? s : "http" + s));
        foreach (var part in parts)
        {
            if (NormalizeUrl(part) is { } url)
            {
                if (!result.Contains(url, StringComparer.Ordinal))
                {
                    result.Add(url);
                }
            }
            else
            {
                Problem(field, $"« {part} » is not a web address: dropped");
            }
        }

        return result;
    }

    private string? Url(string field)
    {
        if (Value(field) is not { } value)
        {
            return null;
        }

        if (NormalizeUrl(value) is { } url)
        {
            return url;
        }

        Problem(field, $"« {value} » is not a web address: dropped");
        return null;
    }

    /// <summary>An http(s) address; « www.… » gets its https:// prefix.</summary>
    private static string? NormalizeUrl(string value)
    {
        var text = value.Trim().TrimEnd(',');
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = "https://" + text;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Contains('.')
            ? text
            : null;
    }

    private (double?, double?) Coordinates()
    {
        var latitude = Number("latitude");
        var longitude = Number("longitude");
        if (latitude is null || longitude is null)
        {
            if ((latitude is null) != (longitude is null))
            {
                Problem(latitude is null ? "longitude" : "latitude", "given without the other coordinate: dropped");
            }

            return (null, null);
        }

        if (latitude is < -90 or > 90 || longitude is < -180 or > 180 || (latitude == 0 && longitude == 0))
        {
            Problem("latitude", $"({Value("latitude")}, {Value("longitude")}) are not WGS84 coordinates: dropped");
            return (null, null);
        }

        return (latitude, longitude);
    }

    private double? Number(string field)
    {
        if (Value(field) is not { } value)
        {
            return null;
        }

        if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        Problem(field, $"« {value} » is not a number: dropped");
        return null;
    }

    private DateOnly? Date()
    {
        if (Value("date_maj") is not { } value)
        {
            Problem("date_maj", "missing (required): give the date of the last update (YYYY-MM-DD)");
            return null;
        }

        // The standard's form, by far the most common: read without the general parser, which costs more than the rest of the row.
        if (IsoDate(value) is { } iso)
        {
            return iso;
        }

        // A date-time ("2024-03-05T10:00:00Z") where the standard wants a date: the day is what matters.
        if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            || (value.Length > 10 && value[4] == '-' && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset) && (date = offset.UtcDateTime) != default))
        {
            return DateOnly.FromDateTime(date);
        }

        if (DateTime.TryParseExact(value, FrenchDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var french))
        {
            Problem("date_maj", $"« {value} » is not in the ISO 8601 form YYYY-MM-DD: read as {french:yyyy-MM-dd}");
            return DateOnly.FromDateTime(french);
        }

        Problem("date_maj", $"« {value} » is not a date (YYYY-MM-DD): dropped");
        return null;
    }

    /// <summary>« 2024-03-05 » exactly, when it is a real day; else null (the general parser then decides).</summary>
    private static DateOnly? IsoDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>Kept even when not in the OpenStreetMap format: the bot then shows it as written.</summary>
    private string? Hours()
    {
        var value = Value("horaires");
        if (value is not null && !Parses(value))
        {
            Problem("horaires", $"« {value} » is not in the OpenStreetMap opening_hours form (e.g. Mo-Fr 09:00-12:00,14:00-17:30): shown as written");
        }

        return value;
    }

    private bool Parses(string hours)
    {
        if (seen is null)
        {
            return OpeningHours.Parse(hours).IsParsed;
        }

        if (!seen.Hours.TryGetValue(hours, out var parsed))
        {
            seen.Hours[hours] = parsed = OpeningHours.Parse(hours).IsParsed;
        }

        return parsed;
    }

    private string? Summary()
    {
        var value = Value("presentation_resume");
        if (value is not null && PlacesSchema.Field("presentation_resume").MaxLength is { } max && value.Length > max)
        {
            // Still the place's own words: kept, and reported so the producer can shorten it.
            Problem("presentation_resume", $"{value.Length} characters, more than the standard's {max}");
        }

        return value;
    }
}

/// <summary>What one load already worked out for values that files repeat row after row, shared by its parsers.</summary>
internal sealed class PlaceValuesSeen
{
    /// <summary>Opening-hours value → whether it is in the OpenStreetMap form.</summary>
    public Dictionary<string, bool> Hours { get; } = new(StringComparer.Ordinal);

    /// <summary>(field, value as written) → the vocabulary's spellings kept and the values not in the list.</summary>
    public Dictionary<(string Field, string Value), (List<string> Kept, List<string> Rejected)> Vocabulary { get; } = [];
}
