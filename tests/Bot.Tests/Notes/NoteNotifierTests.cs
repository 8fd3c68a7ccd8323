using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NoteNotifierTests : IDisposable
{
    private const string AnimatorAad = "aaaaaaaa-1111-2222-3333-444444444444";
    private const string AnimatorUpn = "claire.martin@exemple.fr";
    private const string UnreachableAad = "bbbbbbbb-1111-2222-3333-444444444444";

    private readonly TemporaryDatabase _database = new();
    private readonly SqliteConversationReferenceStore _references;
    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Msteams);

    public NoteNotifierTests() => _references = new(new SqliteDatabase(_database.Path), TimeProvider.System);

    public void Dispose() => _database.Dispose();

    private static NotesAccessPolicy Access() => new(Options.Create(new NotesAccessOptions
    {
        Animators = new()
        {
            ["benevoles"] = [AnimatorAad, AnimatorUpn, UnreachableAad, People.Marie.AadObjectId!],
            ["accompagnement-domicile"] = [People.Paul.UserPrincipalName!],
        },
    }));

    private NoteNotifier Notifier(IConversationReferenceStore? references = null) =>
        new(_adapter, "bot-app-id", references ?? _references, Access(), new RoadmapWorkingGroups(), NullLogger<NoteNotifier>.Instance);

    private static Activity PersonalMessage(string userId, string? aad, string conversationId, string type = "personal", string channel = Microsoft.Bot.Connector.Channels.Msteams) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channel,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount(userId, "Quelqu'un") { AadObjectId = aad },
        Recipient = new ChannelAccount("28:bot", "Mednum49"),
        Conversation = new ConversationAccount(id: conversationId) { ConversationType = type },
        Text = "bonjour",
    };

    private static Note NoteBy(NoteUser author, WorkingGroup group) => new()
    {
        Id = 1,
        Reference = "N-4F7K2",
        GroupId = group.Id,
        Text = "Texte confidentiel de la note",
        Author = author,
        ConversationId = "a:conv",
        CreatedUtc = DateTimeOffset.UtcNow,
        IdempotencyKey = "k",
    };

    private async Task TalkAsync(Activity activity, ConversationReferenceMiddleware middleware)
    {
        // TestAdapter stamps its own conversation on what it processes: give it the activity's.
        var adapter = new TestAdapter(activity.GetConversationReference()).Use(middleware);
        await adapter.ProcessActivityAsync(activity, (turn, token) => turn.SendActivityAsync("ok", cancellationToken: token));
    }

    private List<IActivity> Sent()
    {
        var sent = new List<IActivity>();
        while (_adapter.ActiveQueue.Count > 0)
        {
            sent.Add(_adapter.ActiveQueue.Dequeue());
        }

        return sent;
    }

    [Fact]
    public async Task Personal_chats_of_teams_users_are_remembered_and_nothing_else()
    {
        var middleware = new ConversationReferenceMiddleware(_references, Access(), NullLogger<ConversationReferenceMiddleware>.Instance);

        await TalkAsync(PersonalMessage("29:claire", AnimatorAad, "a:personal-claire"), middleware);
        await TalkAsync(PersonalMessage("29:claire", AnimatorAad, "19:channel@thread.tacv2", type: "channel"), middleware);
        await TalkAsync(PersonalMessage("29:claire", AnimatorAad, "19:group@thread.v2", type: "groupChat"), middleware);
        await TalkAsync(PersonalMessage("29:nobody", aad: null, "a:personal-nobody"), middleware);

        var reference = await _references.FindAsync(AnimatorAad.ToUpperInvariant());
        Assert.Equal("a:personal-claire", reference?.Conversation.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference?.ServiceUrl);
        Assert.Null(await _references.FindAsync("29:nobody"));
    }

    [Theory]
    [InlineData(Microsoft.Bot.Connector.Channels.Webchat)]
    [InlineData(Microsoft.Bot.Connector.Channels.Directline)]
    [InlineData(Microsoft.Bot.Connector.Channels.Emulator)]
    public async Task A_client_that_chooses_its_own_ids_cannot_take_an_animators_announcements(string channel)
    {
        var middleware = new ConversationReferenceMiddleware(_references, Access(), NullLogger<ConversationReferenceMiddleware>.Instance);

        // A Web Chat page can send any aadObjectId: the animator's, in a "personal" conversation of its own.
        await TalkAsync(PersonalMessage("dl_intruder", AnimatorAad, "intruder-conversation", channel: channel), middleware);

        Assert.Null(await _references.FindAsync(AnimatorAad));
    }

    [Fact]
    public async Task A_channel_listed_in_the_identity_channels_is_remembered_like_teams()
    {
        var access = new NotesAccessPolicy(Options.Create(new NotesAccessOptions { IdentityChannels = ["msteams", "emulator"] }));
        var middleware = new ConversationReferenceMiddleware(_references, access, NullLogger<ConversationReferenceMiddleware>.Instance);

        await TalkAsync(PersonalMessage("29:claire", AnimatorAad, "emulator-personal", channel: Microsoft.Bot.Connector.Channels.Emulator), middleware);

        Assert.Equal("emulator-personal", (await _references.FindAsync(AnimatorAad))?.Conversation.Id);
    }

    [Fact]
    public async Task A_store_that_fails_never_breaks_the_turn()
    {
        var broken = new Mock<IConversationReferenceStore>();
        broken.Setup(s => s.SaveAsync(It.IsAny<ConversationReference>(), It.IsAny<NoteUser>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        var activity = PersonalMessage("29:claire", AnimatorAad, "a:p");
        var adapter = new TestAdapter(activity.GetConversationReference()).Use(new ConversationReferenceMiddleware(broken.Object, Access(), NullLogger<ConversationReferenceMiddleware>.Instance));

        await adapter.ProcessActivityAsync(activity, (turn, token) => turn.SendActivityAsync("réponse", cancellationToken: token));

        Assert.Equal("réponse", adapter.ActiveQueue.Dequeue().AsMessageActivity().Text);
        broken.Verify(s => s.SaveAsync(It.IsAny<ConversationReference>(), It.IsAny<NoteUser>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_known_upn_is_kept_when_a_later_save_does_not_give_it()
    {
        var reference = PersonalMessage("29:claire", AnimatorAad, "a:p1").GetConversationReference();
        await _references.SaveAsync(reference, new NoteUser("msteams", "29:claire", AnimatorAad, UserPrincipalName: "Claire.Martin@exemple.fr"));
        await _references.SaveAsync(PersonalMessage("29:claire", AnimatorAad, "a:p2").GetConversationReference(), new NoteUser("msteams", "29:claire", AnimatorAad));

        Assert.Equal("a:p2", (await _references.FindAsync(AnimatorUpn))?.Conversation.Id);
        Assert.Equal("a:p2", (await _references.FindAsync(AnimatorAad))?.Conversation.Id);
    }

    [Fact]
    public async Task The_reachable_animators_of_the_group_are_told_once_each_but_not_the_author_nor_other_groups()
    {
        // Claire is configured twice (object id and UPN); Marie animates the group and wrote the note; Paul animates another group.
        await _references.SaveAsync(PersonalMessage("29:claire", AnimatorAad, "a:personal-claire").GetConversationReference(), new NoteUser("msteams", "29:claire", AnimatorAad, UserPrincipalName: AnimatorUpn));
        await _references.SaveAsync(PersonalMessage("29:marie", People.Marie.AadObjectId, "a:personal-marie").GetConversationReference(), People.Marie);
        await _references.SaveAsync(PersonalMessage("29:paul", People.Paul.AadObjectId, "a:personal-paul").GetConversationReference(), People.Paul);

        var told = await Notifier().NotifyAsync(NoteBy(People.Marie, RoadmapWorkingGroups.Benevoles));

        Assert.Equal(1, told);
        var message = Assert.Single(Sent()).AsMessageActivity();
        Assert.Equal("a:personal-claire", message.Conversation.Id);
        Assert.Equal(NotesMessages.NewNoteForAnimators(NoteBy(People.Marie, RoadmapWorkingGroups.Benevoles), RoadmapWorkingGroups.Benevoles), message.Text);
        Assert.Contains("N-4F7K2", message.Text);
        Assert.Contains(RoadmapWorkingGroups.Benevoles.Title, message.Text);
        Assert.DoesNotContain("confidentiel", message.Text);
    }

    [Fact]
    public async Task One_animator_that_cannot_be_reached_does_not_stop_the_others()
    {
        var references = new Mock<IConversationReferenceStore>();
        references.Setup(s => s.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((ConversationReference?)null);
        references.Setup(s => s.FindAsync(AnimatorAad.ToLowerInvariant(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("database locked"));
        references.Setup(s => s.FindAsync(UnreachableAad.ToLowerInvariant(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(PersonalMessage("29:other", UnreachableAad, "a:personal-other").GetConversationReference());

        var told = await Notifier(references.Object).NotifyAsync(NoteBy(People.Paul, RoadmapWorkingGroups.Benevoles));

        Assert.Equal(1, told);
        Assert.Equal("a:personal-other", Assert.Single(Sent()).Conversation.Id);
    }

    [Fact]
    public async Task A_note_of_an_unknown_group_or_a_group_without_animators_tells_nobody()
    {
        Assert.Equal(0, await Notifier().NotifyAsync(NoteBy(People.Marie, new WorkingGroup("group:inconnu", "Inconnu"))));
        Assert.Equal(0, await Notifier().NotifyAsync(NoteBy(People.Marie, RoadmapWorkingGroups.Maillage)));
        Assert.Empty(Sent());
    }
}
