using System.Text;
using System.Text.RegularExpressions;

namespace Mednum49.Bot.Channels;

/// <summary>
/// The markup of one <see cref="ReplyTextFormat"/>. Every piece of knowledge-base or user text goes through
/// <see cref="Literal"/> (or <see cref="Bold"/> / <see cref="Subtle"/>, which escape too), so it is shown as written:
/// in Markdown a <c>[label](url)</c> stays text, in Slack a <c>&lt;!channel&gt;</c> notifies nobody.
/// </summary>
public abstract partial class TextMarkup
{
    public static readonly TextMarkup Plain = new PlainMarkup();
    public static readonly TextMarkup Markdown = new MarkdownMarkup();
    public static readonly TextMarkup Slack = new SlackMarkup();

    public static TextMarkup For(ReplyTextFormat format) => format switch
    {
        ReplyTextFormat.Markdown => Markdown,
        ReplyTextFormat.SlackMrkdwn => Slack,
        _ => Plain,
    };

    /// <summary>The Bot Framework <c>textFormat</c> of a message in this markup ("plain" or "markdown").</summary>
    public abstract string ActivityTextFormat { get; }

    /// <summary>Between two blocks (title, paragraph, list…).</summary>
    public abstract string BlockSeparator { get; }

    /// <summary>Text shown as written.</summary>
    public abstract string Literal(string text);

    public abstract string Bold(string text);

    /// <summary>Secondary text such as the source line.</summary>
    public abstract string Subtle(string text);

    /// <summary>
    /// A link whose <paramref name="url"/> is already checked to be safe (<c>tel:</c>, <c>mailto:</c>, http(s)); the label
    /// is escaped. Plain text cannot link: it shows the label, and the address too when the label does not hold it.
    /// </summary>
    public virtual string Link(string label, string url) =>
        label == url || url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal)
            ? Literal(label)
            : $"{Literal(label)} : {url}";

    /// <summary>A section label ("Contacts", "Lieux"): bold where possible, else followed by a colon.</summary>
    public virtual string Label(string text) => Bold(text);

    /// <summary>A bullet line; <paramref name="markedUp"/> is already escaped.</summary>
    public virtual string Bullet(string markedUp) => "- " + markedUp;

    /// <summary>A numbered line; <paramref name="markedUp"/> is already escaped.</summary>
    public virtual string Numbered(int number, string markedUp) => $"{number}. {markedUp}";

    private sealed class PlainMarkup : TextMarkup
    {
        public override string ActivityTextFormat => "plain";

        public override string BlockSeparator => "\n";

        public override string Literal(string text) => text;

        public override string Bold(string text) => text;

        public override string Subtle(string text) => text;

        public override string Label(string text) => text + " :";
    }

    private sealed partial class MarkdownMarkup : TextMarkup
    {
        public override string ActivityTextFormat => "markdown";

        // Markdown joins single lines into one paragraph: blocks need a blank line between them.
        public override string BlockSeparator => "\n\n";

        public override string Literal(string text)
        {
            var escaped = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            // A line starting with "- ", "+ " or "1. " would become a list item.
            var result = escaped.ToString();
            return ListMarkerAtStart().Replace(result, match => match.Value[..^1] + "\\" + match.Value[^1]);
        }

        public override string Bold(string text) => $"**{Literal(text)}**";

        // Parentheses and spaces would end the link's destination early.
        public override string Link(string label, string url) =>
            $"[{Literal(label)}]({url.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";

        public override string Subtle(string text) => $"_{Literal(text)}_";

        [GeneratedRegex(@"^(?:[-+]|\d+[.)])", RegexOptions.CultureInvariant)]
        private static partial Regex ListMarkerAtStart();
    }

    private sealed class SlackMarkup : TextMarkup
    {
        // Not used for Slack: the reply goes in channelData as a native Slack message (see ReplyFactory).
        public override string ActivityTextFormat => "plain";

        public override string BlockSeparator => "\n\n";

        // Slack's only escapes: control sequences (<@U…>, <!channel>, <url|label>) start with "<", entities with "&".
        public override string Literal(string text) =>
            text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

        public override string Bold(string text) => $"*{Literal(text)}*";

        // Slack's link syntax <url|label>: "|", "<" and ">" in the address would end it early.
        public override string Link(string label, string url) =>
            $"<{url.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}|{Literal(label)}>";

        public override string Subtle(string text) => $"_{Literal(text)}_";

        // Slack has no list syntax.
        public override string Bullet(string markedUp) => "• " + markedUp;
    }
}
