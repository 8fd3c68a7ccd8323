using Mednum49.Bot.Channels;
using Mednum49.Bot.Questions;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Schema;
using Moq;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Questions;

/// <summary>A typing indicator goes out only when an answer is not ready after a moment, in the channels that show one.</summary>
public sealed class TypingIndicatorTests : IDisposable
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly TempDatabase _database = new();
    private readonly ConversationHost _host;
    private readonly List<string> _events = [];

    public TypingIndicatorTests()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback(() => _events.Add("asked"))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Found = true, Title = $"Réponse à « {q} »" });
        _host = new ConversationHost(_answers.Object, _database.Path);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    public static TheoryData<string, bool> Conversations() => new()
    {
        { "teams personal", true },
        { "teams group chat", true },
        { "teams channel", false },
        { "emulator", true },
        { "slack", false },
        { "test", false },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task A_deterministic_answer_is_never_preceded_by_a_typing_indicator(string conversation, bool _)
    {
        var adapter = AdapterFor(conversation);
        await adapter.DeliverAsync(adapter.Message("Bonjour", "m-1"), _host.Bot.OnTurnAsync);
        adapter.Replies();
        _events.Clear();
        adapter.Use(new RecordSentTypes(_events));

        await adapter.DeliverAsync(adapter.Message("Qui porte l'action B.6 ?", "m-2"), _host.Bot.OnTurnAsync);

        // The engine's answer is ready at once: a typing activity would only cost a connector call.
        Assert.Equal(["asked", ActivityTypes.Message], _events);
    }

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator_only_where_the_channel_shows_it(string conversation, bool typing)
    {
        // An answer that takes a moment (a model call): it is ready only once the typing indicator went out, or after
        // well over the delay where the channel shows none.
        var typed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (string q, CancellationToken _) =>
            {
                _events.Add("asked");
                await Task.WhenAny(typed.Task, Task.Delay(typing ? TimeSpan.FromSeconds(30) : TypingIndicator.Delay * 3));
                return new Answer { Question = q, Found = true, Title = $"Réponse à « {q} »" };
            });
        var adapter = AdapterFor(conversation);
        await adapter.DeliverAsync(adapter.Message("Bonjour", "m-1"), _host.Bot.OnTurnAsync);
        adapter.Replies();
        _events.Clear();
        adapter.Use(new RecordSentTypes(_events, onTyping: () => typed.TrySetResult()));

        await adapter.DeliverAsync(adapter.Message("Qui porte l'action B.6 ?", "m-2"), _host.Bot.OnTurnAsync);

        Assert.Equal(typing ? ["asked", ActivityTypes.Typing, ActivityTypes.Message] : ["asked", ActivityTypes.Message], _events);
    }

    private RedeliveringTestAdapter AdapterFor(string conversation) => _host.Adapter(conversation switch
    {
        "teams personal" => TeamsActivities.TeamsPersonal(),
        "teams group chat" => TeamsActivities.TeamsGroupChat(),
        "teams channel" => TeamsActivities.TeamsChannelThread(),
        "emulator" => TeamsActivities.Emulator(),
        "slack" => TeamsActivities.Slack(),
        _ => null,
    });

    [Fact]
    public async Task A_command_that_only_shows_a_list_sends_no_typing_indicator()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsPersonal());

        await adapter.DeliverAsync(adapter.Message("aide", "aide-1"), _host.Bot.OnTurnAsync);

        var replies = adapter.Replies();
        Assert.DoesNotContain(replies, IsTyping);
        Assert.Equal(2, replies.Count);
        AssertWelcome(replies[0]);
    }

    [Theory]
    [InlineData("msteams", ConversationKind.Personal, true)]
    [InlineData("msteams", ConversationKind.GroupChat, true)]
    [InlineData("msteams", ConversationKind.Channel, false)]
    [InlineData("webchat", ConversationKind.Personal, true)]
    [InlineData("directline", ConversationKind.Personal, true)]
    [InlineData("emulator", ConversationKind.Personal, true)]
    [InlineData("slack", ConversationKind.Personal, false)]
    [InlineData("console", ConversationKind.Personal, false)]
    public void The_channels_that_show_a_typing_indicator(string channel, ConversationKind conversation, bool shows)
    {
        Assert.Equal(shows, ChannelCapabilities.For(channel, conversation).ShowsTypingIndicator);
    }

    /// <summary>Records the type of every activity the bot sends, in order with the engine's calls.</summary>
    private sealed class RecordSentTypes(List<string> events, Action? onTyping = null) : Microsoft.Bot.Builder.IMiddleware
    {
        public Task OnTurnAsync(Microsoft.Bot.Builder.ITurnContext turnContext, Microsoft.Bot.Builder.NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (_, activities, send) =>
            {
                events.AddRange(activities.Select(a => a.Type));
                if (activities.Any(a => a.Type == ActivityTypes.Typing))
                {
                    onTyping?.Invoke();
                }

                return await send();
            });
            return next(cancellationToken);
        }
    }
}
