using Mednum49.Bot.Cards;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json.Linq;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Welcome;

/// <summary>
/// The welcome: once per user in a personal chat, once per team or group chat, however Teams announces the
/// installation (conversationUpdate, installationUpdate, both at once, or neither before the first message).
/// </summary>
public sealed class WelcomeTests : IDisposable
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly TempDatabase _database = new();
    private readonly ConversationHost _host;
    private int _nextId;

    public WelcomeTests()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Found = true, Title = $"Réponse à « {q} »" });
        _host = new ConversationHost(_answers.Object, _database.Path);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    private static readonly JObject TeamData = JObject.FromObject(new
    {
        team = new { id = TeamsActivities.TeamId, name = TeamsActivities.TeamName },
        channel = new { id = TeamsActivities.ChannelId },
        tenant = new { id = TeamsActivities.TenantId },
    });

    private async Task<List<IActivity>> DeliverAsync(RedeliveringTestAdapter adapter, Activity activity)
    {
        var reference = adapter.Conversation;
        activity.Id ??= $"activity-{Interlocked.Increment(ref _nextId)}";
        activity.ChannelId ??= reference.ChannelId;
        activity.ServiceUrl ??= reference.ServiceUrl;
        activity.From ??= reference.User;
        activity.Recipient ??= reference.Bot;
        activity.Conversation ??= reference.Conversation;
        await adapter.DeliverAsync(activity, _host.Bot.OnTurnAsync);
        return adapter.Replies();
    }

    private static Activity MembersAdded(params ChannelAccount[] members) => new(ActivityTypes.ConversationUpdate) { MembersAdded = members };

    private static Activity Installation(string action) => new(ActivityTypes.InstallationUpdate) { Action = action };

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text };

    [Fact]
    public async Task A_Teams_personal_install_welcomes_the_user_once_with_the_card()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsPersonal());

        var onInstall = await DeliverAsync(adapter, MembersAdded(adapter.Conversation.Bot));
        var onInstallationUpdate = await DeliverAsync(adapter, Installation("add"));
        var onMessage = await DeliverAsync(adapter, Message("Qui porte l'action B.6 ?"));

        var welcome = Assert.Single(onInstall);
        AssertWelcome(welcome);
        Assert.True(JToken.DeepEquals(WelcomeCard.Create(), CardOf(welcome)));
        Assert.Empty(onInstallationUpdate);
        Assert.DoesNotContain(onMessage, IsWelcome);
    }

    [Fact]
    public async Task A_user_who_writes_before_any_welcome_is_greeted_before_the_first_answer_only()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsPersonal());

        var first = await DeliverAsync(adapter, Message("Qui porte l'action B.6 ?"));
        var second = await DeliverAsync(adapter, Message("Et l'action B.7 ?"));

        // The engine answers at once: no typing indicator before the answer (see TypingIndicator).
        Assert.Equal(2, first.Count);
        AssertWelcome(first[0]);
        Assert.Equal("Réponse à « Qui porte l'action B.6 ? »", CardOf(first[1])!["fallbackText"]!.ToString());
        Assert.DoesNotContain(second, IsWelcome);
        Assert.Single(second);
    }

    [Fact]
    public async Task The_same_user_is_welcomed_once_even_in_a_new_personal_conversation()
    {
        var first = _host.Adapter(TeamsActivities.TeamsPersonal());
        var later = TeamsActivities.TeamsPersonal();
        later.Conversation.Id += "-reinstalled";

        Assert.Single(await DeliverAsync(first, MembersAdded(first.Conversation.Bot)), IsWelcome);
        Assert.Empty(await DeliverAsync(_host.Adapter(later), MembersAdded(later.Bot)));
    }

    [Fact]
    public async Task A_team_is_welcomed_once_when_the_bot_is_added_and_not_again_in_its_threads_or_for_new_members()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsChannelThread());
        var install = MembersAdded(adapter.Conversation.Bot);
        install.ChannelData = TeamData;
        var installation = Installation("add");
        installation.ChannelData = TeamData;
        var newMember = MembersAdded(new ChannelAccount("29:new-member", "Paul"));
        newMember.ChannelData = TeamData;
        var mention = Message("Qui s'occupe du Vihierois ?");
        mention.ChannelData = TeamData;

        Assert.Single(await DeliverAsync(adapter, install), IsWelcome);
        Assert.Empty(await DeliverAsync(adapter, installation));
        Assert.Empty(await DeliverAsync(adapter, newMember));
        Assert.DoesNotContain(await DeliverAsync(_host.Adapter(TeamsActivities.TeamsChannelThread("1700000000999")), mention), IsWelcome);
    }

    [Fact]
    public async Task A_group_chat_is_welcomed_once_and_people_who_join_later_are_not_greeted()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsGroupChat());

        Assert.Single(await DeliverAsync(adapter, MembersAdded(adapter.Conversation.Bot)), IsWelcome);
        Assert.Empty(await DeliverAsync(adapter, MembersAdded(adapter.Conversation.Bot)));
        Assert.Empty(await DeliverAsync(adapter, MembersAdded(new ChannelAccount("29:new-member", "Paul"))));
        Assert.Empty(await DeliverAsync(adapter, Installation("add")));
    }

    [Fact]
    public async Task The_Emulator_adding_the_bot_and_the_user_at_once_gets_one_welcome()
    {
        var adapter = _host.Adapter(TeamsActivities.Emulator());

        var replies = await DeliverAsync(adapter, MembersAdded(adapter.Conversation.Bot, adapter.Conversation.User));

        AssertWelcome(Assert.Single(replies));
    }

    [Theory]
    [InlineData("add-upgrade")]
    [InlineData("remove")]
    [InlineData("remove-upgrade")]
    public async Task An_upgrade_or_a_removal_is_not_a_welcome(string action)
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsPersonal());

        Assert.Empty(await DeliverAsync(adapter, Installation(action)));
    }

    [Fact]
    public async Task Both_install_notifications_arriving_together_give_one_welcome()
    {
        var conversationUpdate = _host.Adapter(TeamsActivities.TeamsPersonal());
        var installationUpdate = _host.Adapter(TeamsActivities.TeamsPersonal());

        var replies = await Task.WhenAll(
            DeliverAsync(conversationUpdate, MembersAdded(conversationUpdate.Conversation.Bot)),
            DeliverAsync(installationUpdate, Installation("add")));

        Assert.Single(replies.SelectMany(r => r), IsWelcome);
    }

    [Fact]
    public async Task In_Slack_the_welcome_is_text_with_the_example_questions()
    {
        var adapter = _host.Adapter(TeamsActivities.Slack());

        var replies = await DeliverAsync(adapter, Message("bonjour"));

        var welcome = replies[0];
        AssertWelcome(welcome);
        Assert.Null(CardOf(welcome));
        Assert.All(WelcomeCard.DefaultExamples, e => Assert.Contains($"« {e} »", TextOf(welcome), StringComparison.Ordinal));
    }
}
