using System.Text;

namespace Mednum49.Bot.Cards;

/// <summary>Normalises text before it is shown in a card or a text reply.</summary>
public static class CardText
{
    /// <summary>
    /// Removes control characters (some clients refuse them), unifies line breaks, trims every line and keeps at most
    /// one blank line in a row. Never null.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n')
            .Split('\n');
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in lines)
        {
            var line = WithoutControlCharacters(raw).Trim();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = false;
        }

        return result.ToString();
    }

    /// <summary>The same text on one line (for labels, names, list items).</summary>
    public static string OneLine(string? text) => string.Join(' ', Clean(text).Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The paragraphs of a text (separated by blank lines), each on one line.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        [.. Clean(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(OneLine).Where(p => p.Length > 0)];

    /// <summary>
    /// Clients replace <c>{{DATE(2017-02-14T06:00:00Z)}}</c> and <c>{{TIME(…)}}</c> in card text with a formatted date, even
    /// in text runs. A zero-width space between the braces keeps such text as written (and looking the same).
    /// </summary>
    public static string WithoutDateFunctions(string text) =>
        text.Replace("{{DATE(", "{\u200B{DATE(", StringComparison.Ordinal).Replace("{{TIME(", "{\u200B{TIME(", StringComparison.Ordinal);

    /// <summary>"… et 3 autres" for what a list leaves out.</summary>
    public static string More(int hidden) => hidden == 1 ? "… et 1 autre" : $"… et {hidden} autres";

    private static string WithoutControlCharacters(string line)
    {
        if (!line.Any(IsUnwanted))
        {
            return line;
        }

        var kept = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t')
            {
                kept.Append(' ');
            }
            else if (!IsUnwanted(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // Control characters (a tab becomes a space) and the bidirectional overrides that can make a text read
    // differently from what it is. Zero-width joiners stay: emoji sequences need them.
    private static bool IsUnwanted(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
