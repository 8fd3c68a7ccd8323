using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Insights;

/// <summary>
/// The insights' own protocol, before the bot sees the turn: Teams' feedback invoke (recorded, answered with a 200
/// whatever happens, or Teams shows an error), a click on a card's 👍/👎 (recorded and thanked), and Teams' file
/// consent answers for a <c>questions export</c>. Any other message first settles the previous answer's choices
/// (picked or abandoned), then goes on down the pipeline.
/// </summary>
public sealed class InsightsMiddleware(
    InsightsRecorder recorder,
    InsightKeys keys,
    InsightsExportConsent exportConsent,
    ILogger<InsightsMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public const string Thanks = "Merci pour votre retour : il aide l'équipe de coordination à améliorer mes réponses.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (AnswerFeedback.ReadTeamsInvoke(activity) is { } teams)
        {
            if (teams.ReplyToId is { Length: > 0 } replyToId && activity.Conversation?.Id is { } conversationId)
            {
                Record(turnContext, teams.Reaction, () => keys.AnswerKey(activity.ChannelId ?? "", conversationId, replyToId), teams.Text);
            }
            else
            {
                logger.LogWarning("A Teams feedback invoke without replyToId: not recorded");
            }

            await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);
            return;
        }

        if (AnswerFeedback.ReadCardSubmit(activity) is { } card)
        {
            Record(turnContext, card.Reaction, () => keys.AnswerKey(card.Token), null);
            await turnContext.SendActivityAsync(Thanks, cancellationToken: cancellationToken);
            return;
        }

        if (await exportConsent.TryHandleAsync(turnContext, cancellationToken))
        {
            return;
        }

        await recorder.CheckAbandonedChoicesAsync(turnContext, cancellationToken);
        await next(cancellationToken);
    }

    private void Record(ITurnContext turnContext, string reaction, Func<string> answerKey, string? text)
    {
        if (!recorder.Enabled)
        {
            return;
        }

        try
        {
            recorder.RecordFeedback(turnContext, reaction, answerKey(), text);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not record feedback");
        }
    }
}
