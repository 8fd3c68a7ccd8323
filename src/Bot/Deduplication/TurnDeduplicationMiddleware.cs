using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Deduplication;

/// <summary>
/// First in the pipeline: each incoming activity is claimed before its turn runs. A delivery that finds the claim
/// <em>done</em> is skipped silently, so nothing is answered or acted on twice; one that finds it <em>in progress</em>
/// (Teams retries a turn after 15 s) waits for that turn to settle, up to <see cref="DeduplicationOptions.InProgressWait"/>:
/// skipped if it succeeds, run if it failed or was cancelled (the first request went away before its turn ended); a duplicate invoke gets an empty 200, as the first did. The claim is marked done only once the
/// turn succeeded; when the turn throws or is cancelled (the client went away) it is released here, before the error
/// handler runs, so the channel's retry is processed — the error handler need not know about claims. Work that a
/// failed turn already did (a saved note) is not repeated by the retry: note saves are idempotent by their key.
/// If the claim store fails, the turn runs anyway: answering twice is better than not answering.
/// </summary>
public sealed class TurnDeduplicationMiddleware(
    ITurnClaimStore claims,
    IOptions<DeduplicationOptions> options,
    TimeProvider clock,
    ILogger<TurnDeduplicationMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(500);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var key = TurnKey.For(activity);
        var claim = key is null ? null : await ClaimAsync(key, activity, cancellationToken);
        if (claim is { Status: TurnClaimStatus.InProgress })
        {
            claim = await AwaitSettledAsync(claim, activity, cancellationToken);
        }

        if (claim is { Won: false })
        {
            logger.LogInformation("Skipped duplicate {ActivityType} activity {ActivityId} of conversation {ConversationId}: {ClaimStatus}",
                activity.Type, activity.Id, activity.Conversation?.Id, claim.Status);
            if (activity.Type == ActivityTypes.Invoke)
            {
                await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = 200 } }, cancellationToken);
            }

            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            if (claim is not null)
            {
                await SettleAsync(claim, done: false, activity);
            }

            throw;
        }

        if (claim is not null)
        {
            await SettleAsync(claim, done: true, activity);
        }
    }

    private async Task<TurnClaim?> ClaimAsync(string key, IActivity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await claims.TryClaimAsync(key, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not check activity {ActivityId} of conversation {ConversationId} for duplicates; handling it",
                activity.Id, activity.Conversation?.Id);
            return null;
        }
    }

    // Polls the claim with a growing interval: across hosts the store is the only shared signal. A claim that is
    // still in progress at the end belongs to a turn that is still running: it will answer.
    private async Task<TurnClaim?> AwaitSettledAsync(TurnClaim? claim, IActivity activity, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + options.Value.InProgressWait;
        var poll = FirstPoll;
        while (claim is { Status: TurnClaimStatus.InProgress } && clock.GetUtcNow() + poll <= deadline)
        {
            await Task.Delay(poll, clock, cancellationToken);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
            claim = await ClaimAsync(claim.Key, activity, cancellationToken);
        }

        return claim;
    }

    // Not the turn's token: a cancelled turn must still release its claim. A failure here only costs the lease
    // (the claim lapses and a retry after it is processed).
    private async Task SettleAsync(TurnClaim claim, bool done, IActivity activity)
    {
        try
        {
            if (done)
            {
                await claims.CompleteAsync(claim, CancellationToken.None);
            }
            else
            {
                await claims.ReleaseAsync(claim, CancellationToken.None);
            }
        }
        catch (Exception failure)
        {
            logger.LogWarning(failure, "Could not mark activity {ActivityId} of conversation {ConversationId} {ClaimChange}",
                activity.Id, activity.Conversation?.Id, done ? "done" : "released");
        }
    }
}
