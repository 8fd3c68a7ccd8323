using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Where each person's personal chat with the bot is, so the bot can write to them first (a new note for the group
/// they animate). Keyed by AAD object id: only Teams users, who are the animators.
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Remembers (or updates) where to reach <paramref name="user"/>; keeps a UPN learnt earlier when none is given.</summary>
    Task SaveAsync(ConversationReference reference, NoteUser user, CancellationToken cancellationToken = default);

    /// <summary>The personal chat of the person with this AAD object id or UPN (case-insensitive), if they ever talked to the bot.</summary>
    Task<ConversationReference?> FindAsync(string aadObjectIdOrUpn, CancellationToken cancellationToken = default);
}
