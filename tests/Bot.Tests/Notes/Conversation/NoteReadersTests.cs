using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

public sealed class NoteReadersTests
{
    private static NotesAccessPolicy Access(params string[] coordinators) => new(Options.Create(new NotesAccessOptions { Coordinators = [.. coordinators] }));

    private static TurnContext Turn(string channel)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = channel,
            From = new ChannelAccount("29:claire", "Claire") { AadObjectId = "c1a12e00-0000-4000-8000-00000000c1a1" },
            Conversation = new ConversationAccount(id: "a:p"),
        };
        return new TurnContext(new TestAdapter(channel), activity);
    }

    [Fact]
    public async Task The_upn_is_looked_up_in_teams_only_when_access_is_configured_by_upn()
    {
        var lookup = new Mock<ITeamsMemberLookup>();
        lookup.Setup(l => l.UserPrincipalNameAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(" Claire.Martin@exemple.fr ");

        var byUpn = await new NoteReaders(Access("claire.martin@exemple.fr"), lookup.Object, NullLogger<NoteReaders>.Instance).IdentifyAsync(Turn("msteams"), default);
        var byId = await new NoteReaders(Access("c1a12e00-0000-4000-8000-00000000c1a1"), lookup.Object, NullLogger<NoteReaders>.Instance).IdentifyAsync(Turn("msteams"), default);
        var elsewhere = await new NoteReaders(Access("claire.martin@exemple.fr"), lookup.Object, NullLogger<NoteReaders>.Instance).IdentifyAsync(Turn("webchat"), default);

        Assert.Equal("Claire.Martin@exemple.fr", byUpn.UserPrincipalName);
        Assert.True(Access("claire.martin@exemple.fr").IsCoordinator(byUpn));
        Assert.Null(byId.UserPrincipalName);
        Assert.Null(elsewhere.UserPrincipalName);
        lookup.Verify(l => l.UserPrincipalNameAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failed_lookup_leaves_the_user_without_upn()
    {
        var lookup = new Mock<ITeamsMemberLookup>();
        lookup.Setup(l => l.UserPrincipalNameAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("Teams is down"));

        var user = await new NoteReaders(Access("claire.martin@exemple.fr"), lookup.Object, NullLogger<NoteReaders>.Instance).IdentifyAsync(Turn("msteams"), default);

        Assert.Equal(new NoteUser("msteams", "29:claire", "c1a12e00-0000-4000-8000-00000000c1a1", "Claire"), user);
    }
}
