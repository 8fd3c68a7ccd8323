using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// What every adapter does when a turn fails, by the kind of failure (<see cref="TurnFailure"/>):
/// <list type="bullet">
/// <item>the client went away (cancelled): logged, no apology (nobody is waiting), the state kept;</item>
/// <item>a transient fault or an unexpected one: logged, a French apology (never a stack trace), the state kept, so a
/// dialog in progress resumes at the next message (and "annuler" still leaves it);</item>
/// <item>the conversation's state is what failed (a dialog that throws, state that cannot be read): apology, and that
/// conversation's state is cleared so the user is not stuck in it.</item>
/// </list>
/// The state the turn changed is never saved after a failure: what is kept is the state before the turn.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger)
{
    public const string Apology =
        "Désolé, un problème technique m'a empêché de vous répondre. Vous pouvez reformuler votre question ou réessayer dans un instant.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var conversationId = turnContext.Activity?.Conversation?.Id;
        var kind = TurnFailure.Classify(exception);
        if (kind == TurnFailureKind.Cancelled)
        {
            // Not an error: the channel retries the same activity if it still wants an answer.
            logger.LogInformation("Turn of conversation {ConversationId} cancelled: the client went away", conversationId);
            return;
        }

        logger.LogError(exception, "{FailureKind} failure in turn of conversation {ConversationId}", kind, conversationId);

        try
        {
            await turnContext.SendActivityAsync(Apology);
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not send the apology to conversation {ConversationId}", conversationId);
        }

        if (kind != TurnFailureKind.BrokenState)
        {
            return;
        }

        try
        {
            await conversationState.DeleteAsync(turnContext);
            logger.LogWarning("Cleared the state of conversation {ConversationId} after its dialog failed", conversationId);
        }
        catch (Exception stateFailure)
        {
            logger.LogError(stateFailure, "Could not clear the state of conversation {ConversationId}", conversationId);
        }
    }
}
