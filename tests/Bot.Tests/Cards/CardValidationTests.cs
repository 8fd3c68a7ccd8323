using System.Text;
using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

/// <summary>Every card the bot can produce goes through the official Adaptive Cards client, which must accept it as is.</summary>
public sealed class CardValidationTests
{
    public static readonly IReadOnlyList<(string Name, Func<JObject> Card)> EveryCard =
    [
        ("answer found", () => AnswerCard.Create(SampleAnswers.Found())),
        ("answer found, follow-ups as suggested actions", () => AnswerCard.Create(SampleAnswers.Found(), followUpButtons: false)),
        ("answer not found", () => AnswerCard.Create(SampleAnswers.NotFound())),
        ("ambiguous answer", () => AnswerCard.Create(SampleAnswers.Ambiguous())),
        ("answer with narrative", () => AnswerCard.Create(SampleAnswers.WithNarrative())),
        ("answer with long lists", () => AnswerCard.Create(SampleAnswers.LongLists())),
        ("answer with tricky text", () => AnswerCard.Create(SampleAnswers.TrickyText())),
        ("answer with a title only", () => AnswerCard.Create(SampleAnswers.TitleOnly("Action B.6"))),
        ("empty answer", () => AnswerCard.Create(SampleAnswers.Empty())),
        ("answer about an open-data place with its contact links", () => AnswerCard.Create(PlaceAnswers.Cande())),
        ("answer with many places with contact links, some behind « Voir tout »", () => AnswerCard.Create(PlaceAnswers.Many())),
        ("answer about a place whose links are unsafe", () => AnswerCard.Create(PlaceAnswers.Unsafe())),
        ("answer with the 👍/👎 buttons of Web Chat and the Emulator", () => WithFeedback(AnswerCard.Create(SampleAnswers.Found()))),
        ("welcome", () => WelcomeCard.Create()),
        ("welcome without examples", () => WelcomeCard.Create([])),
        ("help", () => HelpCard.Create(HelpCardTests.Commands)),
        ("help with tricky text", () => HelpCard.Create([(SampleAnswers.Tricky, SampleAnswers.Tricky), ("aide", "")])),
        ("help with example questions", () => HelpCard.Create(HelpCardTests.Commands, WelcomeCard.DefaultExamples)),
        ("help of a team, from the command catalog", () => HelpCard.Create(
            Mednum49.Bot.Commands.BotCommandCatalog.In(Mednum49.Bot.Commands.BotCommandScopes.Team).Select(c => (c.Usage, c.Description)), WelcomeCard.DefaultExamples)),
        ("choice answering a prompt", () => ChoiceCard.Create("Quel centre social ?", SampleAnswers.Ambiguous().Choices, answersPrompt: true)),
        ("territory prompt with the intercommunalities of the knowledge base", () => ChoiceCard.Create(
            Mednum49.Bot.Commands.CommandMessages.TerritoryQuestion,
            [.. Support.EmbeddedKnowledge.Current.Territories.Select(t => new AnswerChoice(t.Name, t.Name))],
            answersPrompt: true)),
        ("choice", () => ChoiceCard.Create("Quel centre social ?", SampleAnswers.Ambiguous().Choices)),
        ("choice with many options and tricky text", () => ChoiceCard.Create(SampleAnswers.Tricky + "\n\nSecond paragraphe.",
            [.. Enumerable.Range(1, 14).Select(i => new AnswerChoice($"{SampleAnswers.Tricky} {i}", $"q{i}"))])),
        ("note in a Teams channel: invitation to the personal chat", () => Mednum49.Bot.Notes.Conversation.NotePersonalChatInvite.Card(
            Mednum49.Bot.Notes.Conversation.NotePersonalChatInvite.DeepLink(Support.TeamsActivities.BotId)!)),
    ];

    private static JObject WithFeedback(JObject card)
    {
        ((JArray)card["body"]!).Add(Mednum49.Bot.Insights.AnswerFeedback.Buttons(Guid.Empty.ToString("N")));
        return card;
    }

    public static TheoryData<string> CardNames() => [.. EveryCard.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public async Task The_official_client_parses_the_card_without_any_error_and_keeps_every_property(string name)
    {
        var card = EveryCard.Single(c => c.Name == name).Card();

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.True(check.Valid, check.ToString());
        Assert.Empty(check.Errors);
        Assert.Empty(check.DroppedProperties);
        Assert.Equal(AdaptiveCardBuilder.Version, check.Version);
    }

    [Fact]
    public async Task Every_card_declares_a_version_Teams_renders()
    {
        var checks = await AdaptiveCardsClient.CheckAsync(EveryCard.Select(c => (JToken)c.Card()));

        Assert.Equal(EveryCard.Count, checks.Count);
        Assert.All(checks, check => Assert.True(Version.Parse(check.Version!) <= new Version(1, 5), check.ToString()));
    }

    [Fact]
    public async Task The_reply_sent_on_every_card_channel_is_accepted_by_the_client()
    {
        var replies = new[] { "msteams", "webchat", "directline", "emulator" }
            .SelectMany(channel => new[] { ChannelCapabilities.For(channel), ChannelCapabilities.For(channel, ConversationKind.Channel) })
            .SelectMany(channel => new[]
            {
                ReplyFactory.Answer(SampleAnswers.Found(), channel),
                ReplyFactory.Answer(SampleAnswers.Ambiguous(), channel),
                ReplyFactory.Answer(SampleAnswers.LongLists(), channel),
                ReplyFactory.Answer(PlaceAnswers.Cande(), channel),
                ReplyFactory.Welcome(channel),
                ReplyFactory.Help(HelpCardTests.Commands, channel),
                ReplyFactory.Choice("Quel centre social ?", SampleAnswers.Ambiguous().Choices, channel),
            })
            .ToList();
        var cards = replies.Select(reply => (JToken)Assert.IsType<JObject>(Assert.Single(reply.Attachments).Content)).ToList();

        var checks = await AdaptiveCardsClient.CheckAsync(cards);

        Assert.All(checks, check => Assert.True(check.Valid, check.ToString()));
    }

    [Fact]
    public void The_largest_answer_card_stays_well_under_the_Teams_message_size_limit()
    {
        // Teams refuses bot messages above about 28 KB; lists are cut so that even a long answer stays small.
        var card = AnswerCard.Create(SampleAnswers.LongLists() with { Narrative = null });

        var size = Encoding.UTF8.GetByteCount(card.ToString(Newtonsoft.Json.Formatting.None));

        Assert.InRange(size, 1, 20_000);
    }

    [Fact]
    public async Task The_validator_reports_an_unknown_element_type()
    {
        var card = JObject.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Carousel3D","text":"?"}]}""");

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.False(check.Valid);
        Assert.Contains(check.Errors, e => e.StartsWith("UnknownElementType", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validator_reports_a_missing_required_property()
    {
        var card = JObject.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Site"}],"actions":[{"type":"Action.OpenUrl","title":"Ouvrir"}]}""");

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.False(check.Valid);
        Assert.Contains(check.Errors, e => e.StartsWith("PropertyCantBeNull", StringComparison.Ordinal) && e.Contains("url", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    public async Task The_validator_reports_a_version_above_1_5(string version)
    {
        var card = JObject.Parse($$"""{"type":"AdaptiveCard","version":"{{version}}","body":[{"type":"TextBlock","text":"Bonjour"}]}""");

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.False(check.Valid);
        Assert.Equal(version, check.Version);
        Assert.Contains(check.Errors, e => e.StartsWith("UnsupportedCardVersion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validator_reports_a_card_without_version_or_type()
    {
        var checks = await AdaptiveCardsClient.CheckAsync(
        [
            JObject.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Bonjour"}]}"""),
            JObject.Parse("""{"type":"HeroCard","version":"1.5","body":[{"type":"TextBlock","text":"Bonjour"}]}"""),
        ]);

        Assert.All(checks, check => Assert.False(check.Valid));
        Assert.Contains(checks[0].Errors, e => e.Contains("no \"version\"", StringComparison.Ordinal));
        Assert.Contains(checks[1].Errors, e => e.StartsWith("MissingCardType", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validator_reports_properties_the_client_would_ignore()
    {
        // A typo, a property of a newer version, and an invalid value: the parser silently drops or flags them.
        var card = JObject.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"Bonjour","isSubtel":true},
              {"type":"TextBlock","text":"Poids","weight":"Heavy"}],
             "actions":[{"type":"Action.Submit","title":"Envoyer","role":"Button"}]}
            """);

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.False(check.Valid);
        Assert.Contains("body[0].isSubtel", check.DroppedProperties);
        Assert.Contains("actions[0].role", check.DroppedProperties);
        Assert.Contains(check.Errors, e => e.StartsWith("InvalidPropertyValue", StringComparison.Ordinal) && e.Contains("Heavy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_validator_reports_text_the_client_would_turn_into_a_date()
    {
        var card = JObject.Parse(""""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"Le {{DATE(2017-02-14T06:00:00Z)}}"}]},
              {"type":"FactSet","facts":[{"title":"Heure","value":"{{TIME(2017-02-14T06:00:00Z)}}"}]}]}
            """");

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.False(check.Valid);
        Assert.Equal(2, check.Errors.Count(e => e.StartsWith("TextReformatted", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_validator_reports_a_button_without_a_label()
    {
        var card = JObject.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Bonjour"}],"actions":[{"type":"Action.Submit","data":{"q":"x"}}]}""");

        var check = await AdaptiveCardsClient.CheckAsync(card);

        Assert.False(check.Valid);
        Assert.Contains(check.Errors, e => e.StartsWith("MissingActionTitle", StringComparison.Ordinal));
    }
}
