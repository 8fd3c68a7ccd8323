namespace Mednum49.Bot.Dialogs;

/// <summary>
/// Recognises the whole-message commands that interrupt a dialog. Only a message that is nothing but the command
/// counts ("annuler", not "je ne veux pas annuler ma réunion"), so a real answer is never taken for one.
/// </summary>
public static class Interruptions
{
    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "aide", "aidez moi", "aide moi", "help", "au secours", "a l aide", "besoin d aide", "j ai besoin d aide",
    };

    private static readonly HashSet<string> CancelWords = new(StringComparer.Ordinal)
    {
        "annuler", "annule", "annulez", "annulation", "stop", "stopper", "arrete", "arreter", "arretez",
        "laisse tomber", "laissez tomber", "abandonner", "abandonne", "abandonnez", "abandon", "cancel",
    };

    public static Interruption Recognize(string? text)
    {
        if (text?.Trim() is "?" or "??" or "???")
        {
            return Interruption.Help;
        }

        var normalized = FrenchText.Normalize(text);
        // A polite tail does not change the intent: "annuler svp", "aide merci".
        foreach (var tail in new[] { " s il vous plait", " s il te plait", " svp", " stp", " merci" })
        {
            if (normalized.EndsWith(tail, StringComparison.Ordinal))
            {
                normalized = normalized[..^tail.Length];
            }
        }

        return HelpWords.Contains(normalized) ? Interruption.Help
            : CancelWords.Contains(normalized) ? Interruption.Cancel
            : Interruption.None;
    }
}
