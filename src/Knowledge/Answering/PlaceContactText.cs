using System.Text.RegularExpressions;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The words and the order of a place's contact details in every rendering — the cards and the text channels of the
/// bot (which add their links) and the console's plain text (<see cref="AnswerText"/>), which writes the links out.
/// </summary>
public static partial class PlaceContactText
{
    public const string AddressLabel = "Adresse";
    public const string HoursLabel = "Horaires";
    public const string PhoneLabel = "Tél.";
    public const string EmailLabel = "E-mail";
    public const string WebsiteTitle = "Site web";
    public const string MapTitle = "Plan";

    /// <summary>Between two details on one line.</summary>
    public const string Separator = " · ";

    /// <summary>
    /// « Adresse : 1 rue …, 49440 Candé · Horaires : … · Tél. : 02 41 … · E-mail : … · Site web : https://… · Plan :
    /// https://www.openstreetmap.org/… » on one line, or null when the place has no contact detail.
    /// </summary>
    public static string? Line(PlaceContact? contact)
    {
        if (contact is null)
        {
            return null;
        }

        var parts = new (string Label, string? Value)[]
        {
            (AddressLabel, contact.Address),
            (HoursLabel, contact.Hours),
            (PhoneLabel, contact.Phone),
            (EmailLabel, contact.Email),
            (WebsiteTitle, contact.Website),
            (MapTitle, contact.MapUrl),
        }
            .Select(p => (p.Label, Value: OneLine(p.Value)))
            .Where(p => p.Value.Length > 0)
            .Select(p => $"{p.Label} : {p.Value}")
            .ToList();
        return parts.Count == 0 ? null : string.Join(Separator, parts);
    }

    /// <summary>Files hold multi-line values (hours, addresses): one line each, as the list shows them.</summary>
    private static string OneLine(string? value) => string.IsNullOrWhiteSpace(value) ? "" : Whitespace().Replace(value.Trim(), " ");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
