using System.Globalization;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>French words for the knowledge base's kinds, and how to write names and numbers in answers.</summary>
internal static partial class Labels
{
    public const string Dated = "d'après la feuille de route 2023-2025";

    public static string SubdivisionKind(string kind) => kind switch
    {
        "bassin" => "bassin",
        "polarite" => "polarité",
        "sous-polarite" => "sous-polarité",
        "micro-territoire" => "micro-territoire",
        "pole" => "pôle",
        "commune-nouvelle" => "commune nouvelle",
        _ => kind,
    };

    public static string SubdivisionKindPlural(string kind) => kind switch
    {
        "bassin" => "bassins",
        "polarite" => "polarités",
        "sous-polarite" => "sous-polarités",
        "micro-territoire" => "micro-territoires",
        "pole" => "pôles",
        "commune-nouvelle" => "communes nouvelles",
        _ => kind,
    };

    public static string PlaceKind(string kind) => kind switch
    {
        PlaceKinds.FranceServices => "France Services",
        "centre-social" => "centre social",
        "espace-de-vie-sociale" => "espace de vie sociale",
        "mjc" => "MJC",
        "structure-animation-vie-sociale" => "structure d'animation de la vie sociale",
        "mediatheque" => "médiathèque",
        "cybercentre" => "cybercentre",
        "fablab" => "fablab",
        "association" => "association",
        "ccas" => "CCAS",
        "cias" => "CIAS",
        "mairie" => "mairie",
        "espace-jeunes" => "espace jeunes",
        _ => kind,
    };

    public static string OrganisationKind(string kind) => kind switch
    {
        "etat" => "État",
        "collectivite" => "collectivité",
        "syndicat-mixte" => "syndicat mixte",
        "protection-sociale" => "organisme de protection sociale",
        "federation" => "fédération",
        "reseau" => "réseau",
        "association" => "association",
        "union-departementale" => "union départementale",
        "service-public" => "service public",
        "entreprise" => "entreprise",
        "education" => "éducation",
        _ => kind,
    };

    /// <summary>"du bassin", "de la polarité": the kind after "de", with its article.</summary>
    public static string OfKind(string kind) => Feminine(kind) ? $"de la {SubdivisionKind(kind)}" : $"du {SubdivisionKind(kind)}";

    /// <summary>"un bassin", "une polarité".</summary>
    public static string AKind(string kind) => Feminine(kind) ? $"une {SubdivisionKind(kind)}" : $"un {SubdivisionKind(kind)}";

    /// <summary>"la polarité", "le bassin".</summary>
    public static string TheKind(string kind) => Feminine(kind) ? $"la {SubdivisionKind(kind)}" : $"le {SubdivisionKind(kind)}";

    private static bool Feminine(string kind) => kind is "polarite" or "sous-polarite" or "commune-nouvelle";

    /// <summary>"de Cholet Agglomération", "d'Anjou Loir et Sarthe": "de" elided before a vowel.</summary>
    public static string De(string name) =>
        name.Length > 0 && "aeiouyhAEIOUYHÉÈÊÂÎÔÛéèêâîôû".Contains(name[0]) && !name.StartsWith("Le ", StringComparison.Ordinal) && !name.StartsWith("La ", StringComparison.Ordinal)
            ? $"d'{name}"
            : name.StartsWith("Le ", StringComparison.Ordinal) ? $"du {name[3..]}"
            : name.StartsWith("Les ", StringComparison.Ordinal) ? $"des {name[4..]}"
            : $"de {name}";

    /// <summary>"à Candé", "au Lion-d'Angers", "aux Ponts-de-Cé".</summary>
    public static string At(string name) =>
        name.StartsWith("Le ", StringComparison.Ordinal) ? $"au {name[3..]}"
        : name.StartsWith("Les ", StringComparison.Ordinal) ? $"aux {name[4..]}"
        : $"à {name}";

    /// <summary>"120 454": thousands separated by a space, as the document writes them.</summary>
    public static string Number(int value) =>
        value.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = " ", NumberGroupSizes = [3] });

    /// <summary>"A, B et C".</summary>
    public static string Enumerate(IEnumerable<string> items)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " et " + list[^1],
        };
    }

    /// <summary>"A, B, C… et 4 autres" when the list is longer than <paramref name="max"/>.</summary>
    public static string Capped(IEnumerable<string> items, int max)
    {
        var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        var rest = list.Count - max;
        return list.Count <= max ? Enumerate(list) : string.Join(", ", list.Take(max)) + (rest == 1 ? " et 1 autre" : $" et {rest} autres");
    }

    /// <summary>Ensures a sentence ends with a full stop, without a word said twice in a row ("micro-territoire micro-territoire central").</summary>
    public static string Sentence(string text)
    {
        var trimmed = DoubledWord().Replace(text.Trim(), "$1");
        return trimmed.Length == 0 || ".!?…»)".Contains(trimmed[^1]) ? trimmed : trimmed + ".";
    }

    /// <summary>"le Vihierois" → "Le Vihierois" at the start of a sentence.</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("fr-FR")) + text[1..];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\p{L}[\p{L}'-]{2,})(?: \1\b)+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DoubledWord();
}
