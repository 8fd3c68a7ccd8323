using Mednum49.Bot.Channels;

namespace Mednum49.Bot.Tests.Channels;

public sealed class TextMarkupTests
{
    [Fact]
    public void Plain_text_is_sent_as_written()
    {
        Assert.Equal("*a* [b](c) <!channel>", TextMarkup.Plain.Literal("*a* [b](c) <!channel>"));
        Assert.Equal("Contacts :", TextMarkup.Plain.Label("Contacts"));
        Assert.Equal("- x", TextMarkup.Plain.Bullet("x"));
        Assert.Equal("plain", TextMarkup.Plain.ActivityTextFormat);
    }

    [Theory]
    [InlineData("[cliquez](https://exemple.invalid)", @"\[cliquez\](https://exemple.invalid)")]
    [InlineData("*gras* _italique_ ~barré~ `code`", @"\*gras\* \_italique\_ \~barré\~ \`code\`")]
    [InlineData(@"<b>html</b> # titre | a \ b", @"\<b\>html\</b\> \# titre \| a \\ b")]
    [InlineData("- pas une liste", @"\- pas une liste")]
    [InlineData("2023. pas une liste", @"2023\. pas une liste")]
    [InlineData("Action B.6 — Département de Maine-et-Loire", "Action B.6 — Département de Maine-et-Loire")]
    public void Markdown_escapes_everything_that_would_format_link_or_list(string text, string expected)
    {
        Assert.Equal(expected, TextMarkup.Markdown.Literal(text));
    }

    [Fact]
    public void Markdown_bold_and_subtle_escape_their_content()
    {
        Assert.Equal(@"**a\*b**", TextMarkup.Markdown.Bold("a*b"));
        Assert.Equal(@"_Source : \[1\]_", TextMarkup.Markdown.Subtle("Source : [1]"));
        Assert.Equal("markdown", TextMarkup.Markdown.ActivityTextFormat);
    }

    [Theory]
    [InlineData("<!channel> <@U123> <https://exemple.invalid|cliquez>", "&lt;!channel&gt; &lt;@U123&gt; &lt;https://exemple.invalid|cliquez&gt;")]
    [InlineData("Toile & Graines", "Toile &amp; Graines")]
    [InlineData("&lt; déjà échappé", "&amp;lt; déjà échappé")]
    public void Slack_escapes_its_control_sequences_so_nobody_is_notified_and_no_link_is_made(string text, string expected)
    {
        Assert.Equal(expected, TextMarkup.Slack.Literal(text));
    }

    [Fact]
    public void Slack_uses_its_own_bold_italic_and_bullets()
    {
        Assert.Equal("*Contacts*", TextMarkup.Slack.Label("Contacts"));
        Assert.Equal("*a &amp; b*", TextMarkup.Slack.Bold("a & b"));
        Assert.Equal("_Source : x_", TextMarkup.Slack.Subtle("Source : x"));
        Assert.Equal("• x", TextMarkup.Slack.Bullet("x"));
        Assert.Equal("2. x", TextMarkup.Slack.Numbered(2, "x"));
    }
}
