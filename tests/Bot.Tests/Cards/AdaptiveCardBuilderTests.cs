using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

public sealed class AdaptiveCardBuilderTests
{
    [Fact]
    public void A_card_is_version_1_5_with_its_body_and_actions_in_order()
    {
        var card = new AdaptiveCardBuilder()
            .Add(CardElements.TextBlock("Bonjour", TextStyle.Heading))
            .Add(CardElements.Paragraph("Texte"))
            .AddAction(CardActions.Submit("Suite", "la suite"))
            .WithFallbackText("Bonjour\nTexte")
            .Build();

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Bonjour\nTexte", (string?)card["fallbackText"]);
        Assert.Equal(["TextBlock", "RichTextBlock"], card["body"]!.Select(e => (string)e["type"]!));
        Assert.Equal("Suite", (string?)card["actions"]![0]!["title"]);
    }

    [Fact]
    public void Text_blocks_wrap_and_only_non_default_styles_are_written()
    {
        var plain = CardElements.TextBlock("Bonjour");
        var styled = CardElements.TextBlock("Bonjour", new TextStyle { Weight = TextWeight.Bolder, Size = TextSize.Large, IsSubtle = true }, CardSpacing.None, separator: true);

        Assert.True(JToken.DeepEquals(JObject.Parse("""{"type":"TextBlock","text":"Bonjour","wrap":true}"""), plain), plain.ToString());
        Assert.True(JToken.DeepEquals(
            JObject.Parse("""{"type":"TextBlock","spacing":"None","separator":true,"text":"Bonjour","size":"Large","weight":"Bolder","isSubtle":true,"wrap":true}"""),
            styled), styled.ToString());
    }

    [Fact]
    public void A_paragraph_is_a_rich_text_block_whose_single_run_holds_the_text_as_written()
    {
        var paragraph = CardElements.Paragraph("[lien](https://exemple.invalid) *gras*", new TextStyle { Italic = true });

        Assert.True(JToken.DeepEquals(
            JObject.Parse("""{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"[lien](https://exemple.invalid) *gras*","italic":true}]}"""),
            paragraph), paragraph.ToString());
    }

    [Fact]
    public void Empty_or_impossible_elements_are_refused_rather_than_sent()
    {
        Assert.ThrowsAny<ArgumentException>(() => CardElements.TextBlock(" "));
        Assert.ThrowsAny<ArgumentException>(() => CardElements.Run(""));
        Assert.ThrowsAny<ArgumentException>(() => CardElements.RichText([]));
        Assert.ThrowsAny<ArgumentException>(() => CardElements.Container([]));
        Assert.ThrowsAny<ArgumentException>(() => CardElements.ActionSet([]));
        Assert.ThrowsAny<ArgumentException>(() => CardElements.TextBlock("x", new TextStyle { Italic = true }));
        Assert.ThrowsAny<ArgumentException>(() => CardActions.Submit("Titre", " "));
        Assert.Throws<InvalidOperationException>(() => new AdaptiveCardBuilder().Build());
    }

    [Fact]
    public void A_card_or_an_action_set_holds_at_most_five_buttons()
    {
        var builder = new AdaptiveCardBuilder().Add(CardElements.TextBlock("Choix"));
        for (var i = 0; i < CardActions.MaxPerSet; i++)
        {
            builder.AddAction(CardActions.Submit($"Bouton {i}", $"q{i}"));
        }

        Assert.Throws<InvalidOperationException>(() => builder.AddAction(CardActions.Submit("Un de trop", "q")));
        Assert.ThrowsAny<ArgumentException>(() => CardElements.ActionSet(Enumerable.Range(0, 6).Select(i => CardActions.Submit($"B{i}", $"q{i}"))));
    }

    [Fact]
    public void The_attachment_goes_on_the_wire_exactly_as_built()
    {
        var card = AnswerCard.Create(SampleAnswers.TrickyText());
        var reply = (Activity)ReplyFactory.Answer(SampleAnswers.TrickyText(), ChannelCapabilities.For("msteams", ConversationKind.Channel));

        // The Bot Framework serialises activities with Newtonsoft and these settings.
        var wire = JObject.Parse(JsonConvert.SerializeObject(reply, HttpHelper.BotMessageSerializerSettings));

        var attachment = (JObject)wire["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.True(JToken.DeepEquals(card, attachment["content"]), attachment["content"]!.ToString());
    }
}
