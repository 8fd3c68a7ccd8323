using System.Text;

namespace Mednum49.Bot.Notes;

/// <summary>
/// User text inside Markdown, shown as text: every character that could start a link, an image, HTML, an entity,
/// emphasis, code or a table is backslash-escaped (CommonMark allows it before any ASCII punctuation), and so is
/// what would make a line a heading, a list, a quote or a rule. A bare URL stays as typed: some renderers make it
/// clickable, but what it points to is exactly what is shown.
/// </summary>
public static class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_[]<>&|~";
    private const string LineStartEscaped = "#>-+=";

    /// <summary>One line of text (line breaks become spaces), e.g. a name or a title.</summary>
    public static string Inline(string? text) =>
        EscapeLine(string.Join(' ', Lines(text ?? string.Empty).Select(l => l.Trim()).Where(l => l.Length > 0)));

    /// <summary>Text of several lines (an Adaptive Card <c>TextBlock</c>, a message): each line escaped, line breaks kept.</summary>
    public static string Escape(string? text) =>
        string.Join('\n', Lines(text ?? string.Empty).Select(line => EscapeLine(KeepIndentation(line.TrimEnd()))));

    /// <summary>A block quote that keeps the text's line breaks (hard breaks) and blank lines.</summary>
    public static string Quote(string? text)
    {
        var builder = new StringBuilder();
        var lines = Lines(text ?? string.Empty);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = EscapeLine(KeepIndentation(lines[i].TrimEnd()));
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : string.Empty;
            // A backslash at the end of a line is a hard line break, except before a blank line or at the end.
            var hardBreak = line.Length > 0 && next.Length > 0 ? "\\" : string.Empty;
            builder.Append(line.Length == 0 ? ">" : "> ").Append(line).Append(hardBreak).Append('\n');
        }

        return builder.ToString();
    }

    // Leading spaces would make an indented code block: show them as non-breaking spaces (a tab as four).
    private static string KeepIndentation(string line)
    {
        var indent = line.Length - line.TrimStart(' ', '\t').Length;
        return indent == 0 ? line : line[..indent].Replace("\t", "    ", StringComparison.Ordinal).Replace(' ', '\u00A0') + line[indent..];
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static string EscapeLine(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        var atLineStart = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || (atLineStart && LineStartEscaped.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append('\\');
            }
            else if (atLineStart && char.IsAsciiDigit(c))
            {
                // "1." or "1)" at the start of a line is an ordered list: escape the punctuation after the digits.
                var end = i;
                while (end < line.Length && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }

                builder.Append(line, i, end - i);
                if (end < line.Length && (line[end] == '.' || line[end] == ')'))
                {
                    builder.Append('\\');
                }

                i = end - 1;
                atLineStart = false;
                continue;
            }

            builder.Append(c);
            if (c != ' ' && c != '\t')
            {
                atLineStart = false;
            }
        }

        return builder.ToString();
    }
}
