using Mednum49.Bot.Cards;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Channels;

/// <summary>In a Teams channel the bot is @mentioned in a thread; its answer must go into that same thread.</summary>
public sealed class TeamsThreadingTests
{
    // A Teams channel conversation id names the thread: the channel, then ";messageid=" and the thread's first message.
    private const string ThreadConversationId = "19:3a1b2c@thread.tacv2;messageid=1700000000000";

    private readonly Mock<IAnswerService> _answers = new();
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task The_answer_to_a_mention_in_a_channel_thread_replies_in_that_thread()
    {
        _answers.Setup(a => a.AskAsync("Qui s'occupe du Vihierois ?", It.IsAny<CancellationToken>())).ReturnsAsync(SampleAnswers.Found());
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            User = new ChannelAccount("29:user-1", "Médiatrice"),
            Bot = new ChannelAccount("28:bot-1", "Mednum49"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: ThreadConversationId),
        });
        var incoming = new RecordIncoming();
        adapter.Use(incoming);
        var question = adapter.MakeActivity("<at>Mednum49</at> Qui s'occupe du Vihierois ?");
        question.Entities = [new Entity("mention") { Properties = JObject.Parse("""{"mentioned":{"id":"28:bot-1","name":"Mednum49"},"text":"<at>Mednum49</at>"}""") }];

        await new TestFlow(adapter, Bot())
            .Send(question)
            .AssertReply(activity =>
            {
                var reply = (Activity)activity;
                Assert.Equal(ThreadConversationId, reply.Conversation.Id);
                Assert.Equal(incoming.Ids.Single(), reply.ReplyToId);
                // A channel: a card whose buttons carry the follow-ups, no suggested actions (Teams would not show them).
                Assert.Equal(AdaptiveCardBuilder.ContentType, Assert.Single(reply.Attachments).ContentType);
                Assert.Null(reply.SuggestedActions);
                Assert.Equal(2, CardJson.TrailingButtons((JObject)reply.Attachments[0].Content).Count);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_button_clicked_in_Web_Chat_is_answered_as_if_its_query_had_been_typed()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => SampleAnswers.TitleOnly($"« {q} »"));
        var adapter = new TestAdapter();
        var button = CardActions.Submit("Conseillers numériques", "Quels conseillers numériques à Cholet Agglomération ?");
        var click = adapter.MakeActivity();
        click.Text = "";
        click.Value = button["data"]!.DeepClone();

        await new TestFlow(adapter, Bot())
            .Send(click)
            .AssertReply("« Quels conseillers numériques à Cholet Agglomération ? »")
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync("Quels conseillers numériques à Cholet Agglomération ?", It.IsAny<CancellationToken>()), Times.Once);
    }

    private MednumBot Bot() => TestBots.Create(_answers.Object, _storage);

    private sealed class RecordIncoming : IMiddleware
    {
        public List<string> Ids { get; } = [];

        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            Ids.Add(turnContext.Activity.Id);
            return next(cancellationToken);
        }
    }
}
