using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// What every adapter does when a turn fails: log with the conversation id, apologise in French (never a stack
/// trace), and clear that conversation's state so the user is not stuck in a broken dialog.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger)
{
    public const string Apology =
        "Désolé, un problème technique m'a empêché de vous répondre. Vous pouvez reformuler votre question ou réessayer dans un instant.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var conversationId = turnContext.Activity?.Conversation?.Id;
        logger.LogError(exception, "Unhandled error in turn of conversation {ConversationId}", conversationId);

        try
        {
            await turnContext.SendActivityAsync(Apology);
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not send the apology to conversation {ConversationId}", conversationId);
        }

        try
        {
            await conversationState.DeleteAsync(turnContext);
        }
        catch (Exception stateFailure)
        {
            logger.LogError(stateFailure, "Could not clear the state of conversation {ConversationId}", conversationId);
        }
    }
}
