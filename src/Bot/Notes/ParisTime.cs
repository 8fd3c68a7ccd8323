using System.Globalization;

namespace Mednum49.Bot.Notes;

/// <summary>
/// The time people of Maine-et-Loire read: notes are stored in UTC, but lists, confirmations and exports show
/// Europe/Paris (UTC+1 in winter, UTC+2 in summer) and say so with <see cref="Label"/>.
/// </summary>
public static class ParisTime
{
    /// <summary>How lists and exports name the time they show.</summary>
    public const string Label = "heure de Paris";

    // No fallback: showing UTC under the words "heure de Paris" would be wrong by one or two hours. The zone comes
    // from the system's tz database (tzdata on Linux, mapped to Windows zones by .NET).
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTime Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>"03/12/2026 à 10:30".</summary>
    public static string Moment(DateTimeOffset instant) => Of(instant).ToString("dd/MM/yyyy 'à' HH:mm", French);

    public static string Day(DateTimeOffset instant) => Of(instant).ToString("dd/MM/yyyy", French);
}
