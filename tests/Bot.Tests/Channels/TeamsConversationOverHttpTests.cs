using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mednum49.Bot.Cards;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Channels;

/// <summary>
/// The real host over HTTP with Teams- and Slack-shaped payloads (<see cref="TeamsActivities"/>); what the bot sends is
/// captured where the Bot Connector would receive it.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class TeamsConversationOverHttpTests : RealHostTests
{
    private const string Vihierois = "Qui s'occupe du Vihierois ?";

    private readonly Mock<IAnswerService> _answers = new();

    public override Task InitializeAsync()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => SampleAnswers.TitleOnly($"Réponse à « {q} »"));
        _answers.Setup(a => a.AskAsync(Vihierois, It.IsAny<CancellationToken>())).ReturnsAsync(SampleAnswers.Found());
        return base.InitializeAsync();
    }

    protected override BotHostFactory CreateHost() => new(services: services => services.AddSingleton(_answers.Object));

    private async Task PostAsync(JsonObject activity)
    {
        var response = await Client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    private static JToken CardOf(CapturedActivity reply)
    {
        var attachment = Assert.Single(reply.Body["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardBuilder.ContentType, (string?)attachment["contentType"]);
        return JToken.Parse(attachment["content"]!.ToJsonString());
    }

    [Fact]
    public async Task A_channel_mention_is_understood_without_the_mention_and_answered_in_its_thread_with_a_card()
    {
        var thread = TeamsActivities.ThreadId("1700000000000");

        await PostAsync(TeamsActivities.ChannelMessage(Channel.ServiceUrl, "1700000000123", Vihierois));

        // The team was never welcomed (its install went unnoticed), but a channel gets no welcome card before an answer;
        // and no typing indicator in a channel: the first activity is the answer.
        var answer = await Channel.NextAsync();
        Assert.False(answer.IsWelcome);
        Assert.Equal("message", answer.Type);
        Assert.Equal(thread, answer.ConversationId);
        Assert.Equal("1700000000123", answer.ReplyToId);
        Assert.Equal("1700000000123", (string?)answer.Body["replyToId"]);
        Assert.Equal(thread, (string?)answer.Body["conversation"]!["id"]);
        var card = CardOf(answer);
        Assert.True(JToken.DeepEquals(AnswerCard.Create(SampleAnswers.Found()), card), card.ToString());
        Assert.Equal("Cholet Agglomération — polarité du Vihierois", (string?)answer.Body["summary"]);
        // Suggested actions do not render in a Teams channel: the follow-ups stay in the card.
        Assert.Null(answer.Body["suggestedActions"]);
        var check = await AdaptiveCardsClient.CheckAsync(card);
        Assert.True(check.Valid, check.ToString());
        _answers.Verify(a => a.AskAsync(Vihierois, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_card_button_clicked_in_the_thread_comes_back_as_the_question_and_is_answered_there()
    {
        // What Teams sends for a messageBack click: the query as text, msteams.value as the value, no mention.
        var button = CardActions.Submit("Vihierois", Vihierois);
        var click = TeamsActivities.ChannelMessage(Channel.ServiceUrl, "1700000000456", (string)button["data"]!["msteams"]!["text"]!);
        click["text"] = (string)button["data"]!["msteams"]!["text"]!;
        click["value"] = JsonNode.Parse(button["data"]!["msteams"]!["value"]!.ToString());
        click.Remove("entities");

        await PostAsync(click);

        var reply = await Channel.NextAnswerAsync();
        Assert.Equal(TeamsActivities.ThreadId("1700000000000"), reply.ConversationId);
        Assert.Equal("1700000000456", reply.ReplyToId);
        _answers.Verify(a => a.AskAsync(Vihierois, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_personal_message_gets_the_welcome_then_the_answer_card_with_no_typing_indicator_before_an_immediate_answer()
    {
        await PostAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "1700000000200", Vihierois));

        var sent = new[] { await Channel.NextAsync(), await Channel.NextAsync() };

        Assert.All(sent, a => Assert.Equal($"/v3/conversations/{TeamsActivities.PersonalConversationId}/activities/1700000000200", a.Path));
        Assert.True(sent[0].IsWelcome);
        Assert.True(JToken.DeepEquals(WelcomeCard.Create(), CardOf(sent[0])));
        Assert.True(JToken.DeepEquals(AnswerCard.Create(SampleAnswers.Found(), followUpButtons: false), CardOf(sent[1])));
        // Personal chat: the follow-ups are suggested actions.
        Assert.Equal(2, sent[1].Body["suggestedActions"]!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Installing_the_bot_in_a_team_welcomes_the_team_once_and_its_threads_are_then_answered_directly()
    {
        // Teams sends both notifications of the install, possibly at the same moment.
        await Task.WhenAll(
            PostAsync(TeamsActivities.BotAddedToTeam(Channel.ServiceUrl, "f:install-1")),
            PostAsync(TeamsActivities.AppInstalledInTeam(Channel.ServiceUrl, "f:install-2")));
        await PostAsync(TeamsActivities.ChannelMessage(Channel.ServiceUrl, "1700000000300", "Qui porte l'action B.6 ?", rootMessageId: "1700000000300"));

        var welcome = await Channel.NextMessageAsync();
        Assert.True(welcome.IsWelcome);
        Assert.Equal(TeamsActivities.TeamId, welcome.ConversationId);
        Assert.True(JToken.DeepEquals(WelcomeCard.Create(), CardOf(welcome)));
        var answer = await Channel.NextMessageAsync();
        Assert.False(answer.IsWelcome, "the team was welcomed twice");
        Assert.Equal("1700000000300", answer.ReplyToId);
        Assert.Equal(TeamsActivities.ThreadId("1700000000300"), answer.ConversationId);
    }

    [Fact]
    public async Task An_Action_Submit_with_empty_text_and_a_value_object_is_asked_as_the_buttons_query()
    {
        var button = CardActions.Submit("Conseillers numériques", "Quels conseillers numériques dans le Vihierois ?");
        var data = JsonNode.Parse(button["data"]!.ToString(Newtonsoft.Json.Formatting.None))!.AsObject();
        data.Remove("msteams");

        await PostAsync(TeamsActivities.CardSubmit(Channel.ServiceUrl, "1700000000401", data, cardMessageId: "1700000000400"));

        var answer = await Channel.NextAnswerAsync();
        Assert.Equal(TeamsActivities.ThreadId("1700000000000"), answer.ConversationId);
        Assert.Equal("1700000000401", answer.ReplyToId);
        Assert.Equal("Réponse à « Quels conseillers numériques dans le Vihierois ? »", (string?)CardOf(answer)["fallbackText"]);
        _answers.Verify(a => a.AskAsync("Quels conseillers numériques dans le Vihierois ?", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_Slack_message_is_answered_with_Slack_text_and_no_card_nor_typing()
    {
        await PostAsync(TeamsActivities.SlackMessage(Channel.ServiceUrl, "slack-1", Vihierois));

        var welcome = await Channel.NextAsync();
        var answer = await Channel.NextAsync();

        Assert.True(welcome.IsWelcome);
        Assert.Equal("message", answer.Type);
        Assert.Equal($"/v3/conversations/{TeamsActivities.SlackConversationId}/activities/slack-1", answer.Path);
        Assert.Empty(answer.Body["attachments"]?.AsArray() ?? []);
        var text = answer.SlackText!;
        Assert.StartsWith("*Cholet Agglomération — polarité du Vihierois*", text, StringComparison.Ordinal);
        Assert.Contains("Annexe 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teams_retry_of_the_same_activity_is_answered_once()
    {
        var question = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "1700000000500", "Qui porte l'action B.6 ?");
        var next = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "1700000000501", "Et l'action B.7 ?");

        await Task.WhenAll(PostAsync(question), PostAsync(question.DeepClone().AsObject()));
        await PostAsync(next);

        Assert.Equal("1700000000500", (await Channel.NextAnswerAsync()).ReplyToId);
        Assert.Equal("1700000000501", (await Channel.NextAnswerAsync()).ReplyToId);
        _answers.Verify(a => a.AskAsync("Qui porte l'action B.6 ?", It.IsAny<CancellationToken>()), Times.Once);
    }
}
