using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Remembers each Teams user's personal chat with the bot when they write to it, so a note can be announced to a
/// group's animators later. Only personal chats: a proactive message in a channel or a group chat would show the
/// announcement to everyone there. Only from identity channels (<c>Notes:IdentityChannels</c>, Teams by default),
/// where the Bot Connector sets the AAD object id: elsewhere (a Web Chat page) the client chooses it, and could take
/// an animator's announcements for itself. Never fails a turn: a reference that cannot be saved is logged and skipped.
/// </summary>
public sealed class ConversationReferenceMiddleware(
    IConversationReferenceStore references,
    NotesAccessPolicy access,
    ILogger<ConversationReferenceMiddleware> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    // Per process: write again only when the user's personal conversation changes.
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message
            && access.TrustsIdentitiesOf(activity.ChannelId)
            && string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
            && activity.From?.AadObjectId is { Length: > 0 } aad
            && activity.Conversation?.Id is { Length: > 0 } conversationId
            && !(_known.TryGetValue(aad, out var known) && known == conversationId))
        {
            try
            {
                await references.SaveAsync(activity.GetConversationReference(), NoteUser.From(activity), cancellationToken);
                _known[aad] = conversationId;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not remember the personal conversation of {AadObjectId}", aad);
            }
        }

        await next(cancellationToken);
    }
}
