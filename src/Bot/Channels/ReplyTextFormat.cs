namespace Mednum49.Bot.Channels;

/// <summary>How a channel that cannot show cards wants its text.</summary>
public enum ReplyTextFormat
{
    /// <summary>No markup at all (console, SMS, unknown channels): what is sent is what is read.</summary>
    Plain,

    /// <summary>The Bot Framework's Markdown (<c>**bold**</c>, <c>- </c> lists, paragraphs separated by a blank line).</summary>
    Markdown,

    /// <summary>Slack's own <c>mrkdwn</c>: <c>*bold*</c>, <c>_italic_</c>, <c>&amp;</c> <c>&lt;</c> <c>&gt;</c> escaped, no list syntax.</summary>
    SlackMrkdwn,
}
