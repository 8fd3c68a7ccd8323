using System.Globalization;

namespace Mednum49.Bot.Dialogs;

/// <summary>
/// Counts written in French: « aucune note exportée », « 1 note déposée », « 2 notes déposées », « 1 250 notes ».
/// French puts 0 with "aucun"/"aucune" and the singular, 1 with the singular, and 2 or more with the plural.
/// </summary>
public static class FrenchCount
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <param name="count">How many.</param>
    /// <param name="singular">The noun and its agreeing words in the singular: "note déposée".</param>
    /// <param name="plural">The plural; by default every word of <paramref name="singular"/> takes an s.</param>
    /// <param name="feminine">Whether 0 is "aucune" (feminine) rather than "aucun".</param>
    public static string Of(int count, string singular, string? plural = null, bool feminine = false) => count switch
    {
        <= 0 => $"{(feminine ? "aucune" : "aucun")} {singular}",
        1 => $"1 {singular}",
        _ => string.Create(French, $"{count:N0} {plural ?? Plural(singular)}"),
    };

    /// <summary>A count of notes, the words after "note" agreeing with it: <c>Notes(2, "déposée")</c> → « 2 notes déposées ».</summary>
    public static string Notes(int count, string? participle = null) =>
        Of(count, participle is null ? "note" : $"note {participle}", feminine: true);

    private static string Plural(string singular) =>
        string.Join(' ', singular.Split(' ').Select(word => word.EndsWith('s') || word.EndsWith('x') ? word : word + "s"));
}
