using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Tests.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Channels;

/// <summary>Text channels show a place's contact details as the card does: address, phone, e-mail, website, map.</summary>
public sealed class PlaceTextTests
{
    private const string Map = "https://www.openstreetmap.org/?mlat=47.5601&mlon=-1.0362#map=17/47.5601/-1.0362";

    private static string PlaceLineIn(string text) => text.Split('\n').Single(line => line.Contains("France Services de Candé —", StringComparison.Ordinal));

    [Fact]
    public void Plain_text_gives_the_french_number_the_address_the_e_mail_and_the_addresses_of_the_website_and_map()
    {
        var line = PlaceLineIn(AnswerTextReply.Render(AnswerContent.From(PlaceAnswers.Cande()), TextMarkup.Plain));

        Assert.StartsWith("- France Services de Candé — ", line, StringComparison.Ordinal);
        Assert.Contains("Adresse : 1 rue de l'Exemple", line, StringComparison.Ordinal);
        Assert.Contains("Tél. : 01 99 00 00 01", line, StringComparison.Ordinal);
        Assert.Contains("E-mail : contact@fs-cande.exemple.test", line, StringComparison.Ordinal);
        Assert.Contains("Site web : https://fs-cande.exemple.test/", line, StringComparison.Ordinal);
        Assert.EndsWith($"Plan : {Map}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_links_the_number_the_e_mail_the_website_and_the_map_in_mrkdwn()
    {
        var reply = ReplyFactory.Answer(PlaceAnswers.Cande(), ChannelCapabilities.For("slack"));

        var line = PlaceLineIn((string)((JObject)reply.ChannelData)["text"]!);
        Assert.Contains("Tél. : <tel:+33199000001|01 99 00 00 01>", line, StringComparison.Ordinal);
        Assert.Contains("E-mail : <mailto:contact@fs-cande.exemple.test|contact@fs-cande.exemple.test>", line, StringComparison.Ordinal);
        Assert.Contains("<https://fs-cande.exemple.test/|Site web>", line, StringComparison.Ordinal);
        Assert.Contains($"<{Map}|Plan>", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_links_the_number_the_e_mail_the_website_and_the_map()
    {
        var line = PlaceLineIn(AnswerTextReply.Render(AnswerContent.From(PlaceAnswers.Cande()), TextMarkup.Markdown));

        Assert.Contains("Tél. : [01 99 00 00 01](tel:+33199000001)", line, StringComparison.Ordinal);
        Assert.Contains("[contact@fs-cande.exemple.test](mailto:contact@fs-cande.exemple.test)", line, StringComparison.Ordinal);
        Assert.Contains("[Site web](https://fs-cande.exemple.test/)", line, StringComparison.Ordinal);
        Assert.Contains($"[Plan]({Map})", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReplyTextFormat.Plain)]
    [InlineData(ReplyTextFormat.Markdown)]
    [InlineData(ReplyTextFormat.SlackMrkdwn)]
    public void Unsafe_links_become_no_link_and_user_visible_values_stay_escaped(ReplyTextFormat format)
    {
        var markup = TextMarkup.For(format);

        var text = AnswerTextReply.Render(AnswerContent.From(PlaceAnswers.Unsafe()), markup);

        Assert.DoesNotContain("javascript:alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", text, StringComparison.Ordinal);
        Assert.Contains("01 99 00 00 07", text, StringComparison.Ordinal);
        if (format == ReplyTextFormat.SlackMrkdwn)
        {
            Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        }
        else if (format == ReplyTextFormat.Markdown)
        {
            Assert.Contains("\\[du\\](javascript:x)", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_card_reply_keeps_the_contact_details_in_its_fallback_text()
    {
        var reply = ReplyFactory.Answer(PlaceAnswers.Cande(), ChannelCapabilities.For("msteams"));

        var card = Assert.IsType<JObject>(Assert.Single(reply.Attachments).Content);
        Assert.Contains("Tél. : 01 99 00 00 01", (string)card["fallbackText"]!, StringComparison.Ordinal);
        Assert.Equal(ActivityTypes.Message, reply.Type);
    }

    [Fact]
    public void The_console_shows_the_same_details_in_the_same_order_as_the_plain_text_channel()
    {
        var answer = PlaceAnswers.Cande();

        var channel = PlaceLineIn(AnswerTextReply.Render(AnswerContent.From(answer), TextMarkup.Plain));
        var console = PlaceLineIn(Mednum49.Knowledge.Answering.AnswerText.Render(answer).ReplaceLineEndings("\n"));

        // The console leaves out the kind of place the channel adds after the name, and writes the website as the file
        // gives it where the channel writes the link it checked (with the root's « / »).
        var kind = answer.Places.Single(p => p.Name == "France Services de Candé").Kind;
        Assert.Equal(channel.Replace($" — {kind}", "", StringComparison.Ordinal).Replace(".test/ · ", ".test · ", StringComparison.Ordinal), console);
    }
}
