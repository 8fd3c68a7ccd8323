using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Who is asking to read or export notes, as <see cref="NotesAccessPolicy"/> needs it. Teams activities carry the
/// AAD object id but not the user principal name: when access is configured by UPN, it is asked from Teams
/// (<see cref="ITeamsMemberLookup"/>). A failed lookup only means the UPN is not known: access by object id still works.
/// </summary>
public sealed class NoteReaders(NotesAccessPolicy access, ITeamsMemberLookup members, ILogger<NoteReaders> logger)
{
    public async Task<NoteUser> IdentifyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var user = NoteUser.From(turnContext.Activity);
        if (!access.UsesUserPrincipalNames || !string.Equals(user.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase))
        {
            return user;
        }

        try
        {
            var upn = await members.UserPrincipalNameAsync(turnContext, cancellationToken);
            return string.IsNullOrWhiteSpace(upn) ? user : user with { UserPrincipalName = upn.Trim() };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not look up the user principal name of {UserId}", user.UserId);
            return user;
        }
    }
}

/// <summary>Asks Teams about the sender of a turn.</summary>
public interface ITeamsMemberLookup
{
    /// <summary>The sender's user principal name, or null.</summary>
    Task<string?> UserPrincipalNameAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}

/// <summary>The Bot Connector's member API (<c>GET v3/conversations/{id}/members/{userId}</c>), through <see cref="TeamsInfo"/>.</summary>
public sealed class TeamsMemberLookup : ITeamsMemberLookup
{
    public async Task<string?> UserPrincipalNameAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var member = await TeamsInfo.GetMemberAsync(turnContext, turnContext.Activity.From.Id, cancellationToken);
        return member?.UserPrincipalName;
    }
}
