using Mednum49.Bot.Channels;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Schema;
using Moq;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Questions;

/// <summary>A typing indicator goes out just before the engine is asked, in the channels that show one.</summary>
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
    public async Task A_question_is_preceded_by_a_typing_indicator_only_where_the_channel_shows_it(string conversation, bool typing)
    {
        var adapter = _host.Adapter(conversation switch
        {
            "teams personal" => TeamsActivities.TeamsPersonal(),
            "teams group chat" => TeamsActivities.TeamsGroupChat(),
            "teams channel" => TeamsActivities.TeamsChannelThread(),
            "emulator" => TeamsActivities.Emulator(),
            "slack" => TeamsActivities.Slack(),
            _ => null,
        });
        // The question is the second message: the first one is also greeted.
        await adapter.DeliverAsync(adapter.Message("Bonjour", "m-1"), _host.Bot.OnTurnAsync);
        adapter.Replies();
        _events.Clear();
        adapter.Use(new RecordSentTypes(_events));

        await adapter.DeliverAsync(adapter.Message("Qui porte l'action B.6 ?", "m-2"), _host.Bot.OnTurnAsync);

        Assert.Equal(typing ? [ActivityTypes.Typing, "asked", ActivityTypes.Message] : ["asked", ActivityTypes.Message], _events);
    }

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
    private sealed class RecordSentTypes(List<string> events) : Microsoft.Bot.Builder.IMiddleware
    {
        public Task OnTurnAsync(Microsoft.Bot.Builder.ITurnContext turnContext, Microsoft.Bot.Builder.NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.OnSendActivities(async (_, activities, send) =>
            {
                events.AddRange(activities.Select(a => a.Type));
                return await send();
            });
            return next(cancellationToken);
        }
    }
}
