using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Deduplication;

/// <summary>
/// First in the pipeline: an incoming activity already taken on (Teams retries a turn after 15 s) is skipped
/// silently, so it is never answered or acted on twice. A duplicate invoke gets an empty 200, as the first did.
/// If the claim store fails, the turn runs anyway: answering twice is better than not answering.
/// </summary>
public sealed class TurnDeduplicationMiddleware(ITurnClaimStore claims, ILogger<TurnDeduplicationMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var key = TurnKey.For(activity);
        if (key is not null && !await ClaimAsync(key, activity, cancellationToken))
        {
            logger.LogInformation("Skipped duplicate {ActivityType} activity {ActivityId} of conversation {ConversationId}",
                activity.Type, activity.Id, activity.Conversation?.Id);
            if (activity.Type == ActivityTypes.Invoke)
            {
                await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200 } }, cancellationToken);
            }

            return;
        }

        await next(cancellationToken);
    }

    private async Task<bool> ClaimAsync(string key, IActivity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await claims.TryClaimAsync(key, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not check activity {ActivityId} of conversation {ConversationId} for duplicates; handling it",
                activity.Id, activity.Conversation?.Id);
            return true;
        }
    }
}
