using System.Text.RegularExpressions;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Cards;

/// <summary>
/// A place's contact details, cleaned for a reply: texts on one line and only links a client may open safely
/// (<c>tel:+…</c>, <c>mailto:</c>, http(s) websites, the openstreetmap.org map). A value whose link is not safe keeps
/// no link at all rather than a broken or hostile one.
/// </summary>
/// <param name="Phone">« 02 41 75 42 70 »; <paramref name="PhoneUri"/> is <c>tel:+33241754270</c> (E.164).</param>
public sealed partial record PlaceContactLine(
    string? Address,
    string? Hours,
    string? Phone,
    string? PhoneUri,
    string? Email,
    string? EmailUri,
    string? Website,
    string? WebsiteUri,
    string? MapUri)
{
    // The same words as the console's plain text (Knowledge's PlaceContactText).
    public const string AddressLabel = PlaceContactText.AddressLabel;
    public const string HoursLabel = PlaceContactText.HoursLabel;
    public const string PhoneLabel = PlaceContactText.PhoneLabel;
    public const string EmailLabel = PlaceContactText.EmailLabel;
    public const string WebsiteTitle = PlaceContactText.WebsiteTitle;
    public const string MapTitle = PlaceContactText.MapTitle;

    /// <summary>The links, in the order shown, each with its button title (the number and the address are the titles).</summary>
    public IEnumerable<(string Title, string Url)> Links()
    {
        if (PhoneUri is not null)
        {
            yield return (Phone!, PhoneUri);
        }

        if (EmailUri is not null)
        {
            yield return (Email!, EmailUri);
        }

        if (WebsiteUri is not null)
        {
            yield return (WebsiteTitle, WebsiteUri);
        }

        if (MapUri is not null)
        {
            yield return (MapTitle, MapUri);
        }
    }

    public static PlaceContactLine? From(PlaceContact? contact)
    {
        if (contact is null)
        {
            return null;
        }

        var phone = Text(contact.Phone);
        var phoneUri = phone is not null && contact.PhoneUri is { } tel && TelUri().IsMatch(tel) ? tel : null;
        var email = Text(contact.Email);
        var emailUri = email is not null && EmailAddress().IsMatch(email) ? "mailto:" + email : null;
        var website = Text(contact.Website);
        var websiteUri = WebUri(website);
        var mapUri = WebUri(Text(contact.MapUrl)) is { } map && new Uri(map).Host == "www.openstreetmap.org" ? map : null;
        var line = new PlaceContactLine(Text(contact.Address), Text(contact.Hours), phone, phoneUri, email, emailUri, website, websiteUri, mapUri);
        return line is { Address: null, Hours: null, Phone: null, Email: null, Website: null, MapUri: null } ? null : line;
    }

    private static string? Text(string? value) => CardText.OneLine(value) is { Length: > 0 } text ? text : null;

    /// <summary>Files often give « www.exemple.fr » without a scheme: it is a website all the same.</summary>
    private static string? WebUri(string? value)
    {
        if (value is null || value.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri.AbsoluteUri
            : null;
    }

    [GeneratedRegex(@"^tel:\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex TelUri();

    [GeneratedRegex(@"^[^@\s<>()\[\]|,;:""]+@[^@\s<>()\[\]|,;:""]+\.[a-z]{2,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmailAddress();
}
