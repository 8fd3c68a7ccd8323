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
/// Over HTTP, as Teams talks to the bot: a channel message that @mentions the bot. The reply is captured where the
/// Bot Connector would receive it, so this checks the thread, the mention removal and the card as serialised on the wire.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class TeamsChannelEndToEndTests : RealHostTests
{
    private const string ThreadConversationId = "19:3a1b2c@thread.tacv2;messageid=1700000000000";

    private readonly Mock<IAnswerService> _answers = new();
    public override Task InitializeAsync()
    {
        _answers.Setup(a => a.AskAsync("Qui s'occupe du Vihierois ?", It.IsAny<CancellationToken>())).ReturnsAsync(SampleAnswers.Found());
        return base.InitializeAsync();
    }

    protected override BotHostFactory CreateHost() => new(services: services => services.AddSingleton(_answers.Object));

    [Fact]
    public async Task A_mention_in_a_channel_thread_is_answered_in_the_thread_with_the_card_as_built()
    {
        var response = await Client.PostAsJsonAsync("/api/messages", ChannelMessage("1700000000123", "<at>Mednum49</at> Qui s'occupe du Vihierois ?"));

        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
        var reply = await Channel.NextAnswerAsync();
        Assert.Equal(ThreadConversationId, reply.ConversationId);
        Assert.Equal("1700000000123", reply.ReplyToId);
        Assert.Equal("1700000000123", (string?)reply.Body["replyToId"]);
        Assert.Equal(ThreadConversationId, (string?)reply.Body["conversation"]!["id"]);

        var attachment = Assert.Single(reply.Body["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardBuilder.ContentType, (string?)attachment["contentType"]);
        var wireCard = JToken.Parse(attachment["content"]!.ToJsonString());
        Assert.True(JToken.DeepEquals(AnswerCard.Create(SampleAnswers.Found()), wireCard), wireCard.ToString());
        Assert.Equal("Cholet Agglomération — polarité du Vihierois", (string?)reply.Body["summary"]);
        Assert.Null(reply.Body["suggestedActions"]);
        var check = await AdaptiveCardsClient.CheckAsync(wireCard);
        Assert.True(check.Valid, check.ToString());
    }

    [Fact]
    public async Task A_card_button_clicked_in_the_thread_comes_back_as_the_question_and_is_answered_there()
    {
        // What Teams sends for a messageBack click: the query as text, msteams.value as the value, no mention.
        var button = CardActions.Submit("Vihierois", "Qui s'occupe du Vihierois ?");
        var click = ChannelMessage("1700000000456", (string)button["data"]!["msteams"]!["text"]!);
        click["value"] = JsonNode.Parse(button["data"]!["msteams"]!["value"]!.ToString());
        click.Remove("entities");

        var response = await Client.PostAsJsonAsync("/api/messages", click);

        Assert.True(response.IsSuccessStatusCode);
        var reply = await Channel.NextAnswerAsync();
        Assert.Equal(ThreadConversationId, reply.ConversationId);
        Assert.Equal("1700000000456", reply.ReplyToId);
        _answers.Verify(a => a.AskAsync("Qui s'occupe du Vihierois ?", It.IsAny<CancellationToken>()), Times.Once);
    }

    private JsonObject ChannelMessage(string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-29T09:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = Channel.ServiceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Médiatrice", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = "00000000-0000-0000-0000-0000000000aa",
            ["id"] = ThreadConversationId,
        },
        ["recipient"] = new JsonObject { ["id"] = "28:bot-1", ["name"] = "Mednum49" },
        ["textFormat"] = "plain",
        ["locale"] = "fr-FR",
        ["text"] = text,
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = "28:bot-1", ["name"] = "Mednum49" },
            ["text"] = "<at>Mednum49</at>",
        }),
        ["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = "19:3a1b2c@thread.tacv2",
            ["teamsTeamId"] = "19:team@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = "19:3a1b2c@thread.tacv2" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-0000000000aa" },
        },
    };
}
