using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// In Teams a card button's message says which of the bot's messages holds the card (<c>replyToId</c>): the reply can
/// replace that card (the form becomes its confirmation, so it cannot be sent twice; or it comes back with its
/// errors). Elsewhere, or if Teams refuses the update, the reply is sent as a new message.
/// </summary>
public static class CardInPlace
{
    public static async Task ReplaceOrSendAsync(ITurnContext turnContext, IMessageActivity reply, ILogger logger, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        if (string.Equals(incoming.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(incoming.ReplyToId))
        {
            try
            {
                reply.Id = incoming.ReplyToId;
                await turnContext.UpdateActivityAsync(reply, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not update card {ActivityId} in conversation {ConversationId}; sending a new message", incoming.ReplyToId, incoming.Conversation?.Id);
                reply.Id = null;
            }
        }

        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
