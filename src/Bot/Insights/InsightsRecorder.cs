using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Questions;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Insights;

/// <summary>
/// Decides what is worth recording and queues it (<see cref="InsightsWriter"/>): the questions the bot failed
/// (not found, out of scope, a low-confidence best guess), choices left unpicked, and 👎. Identities never go further
/// than this class: the user becomes a keyed hash (<see cref="InsightKeys"/>), the conversation its kind. Nothing here
/// may break or delay a turn: every failure is logged and swallowed, and the database is written in the background.
/// </summary>
public sealed class InsightsRecorder(
    IOptions<InsightsOptions> options,
    InsightKeys keys,
    InsightsWriter writer,
    ConversationState conversationState,
    TimeProvider clock,
    ILogger<InsightsRecorder> logger) : IAnswerRecorder
{
    public const string AmbiguityProperty = "InsightsPendingAmbiguity";

    /// <summary>The longest question kept (a pasted text is not a question).</summary>
    public const int MaxQuestionLength = 1000;

    private readonly IStatePropertyAccessor<PendingAmbiguity> _ambiguity = conversationState.CreateProperty<PendingAmbiguity>(AmbiguityProperty);

    public bool Enabled => options.Value.Enabled;

    /// <summary>Why an answer is worth recording, or null when it is not (one of <see cref="InsightReason"/>).</summary>
    public static string? ReasonFor(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Kind == QuestionKinds.Help || answer.IsAmbiguous)
        {
            return null;
        }

        if (!answer.Found)
        {
            return answer.Kind == QuestionKinds.OutOfScope ? InsightReason.OutOfScope : InsightReason.NotFound;
        }

        return answer.Kind == QuestionKinds.Search && answer.Confidence <= AnswerConfidence.Low ? InsightReason.LowConfidence : null;
    }

    public async Task<ResourceResponse?> SendAnswerAsync(ITurnContext turnContext, Answer answer, IMessageActivity reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);
        if (!Enabled)
        {
            return await turnContext.SendActivityAsync(reply, cancellationToken);
        }

        var channel = ChannelCapabilities.Of(turnContext.Activity);
        var feedback = false;
        string? token = null;
        try
        {
            feedback = AnswerFeedback.Applies(answer) && AnswerFeedback.TryAdd(reply, channel, out token);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not add the feedback buttons to an answer");
        }

        var sent = await turnContext.SendActivityAsync(reply, cancellationToken);

        try
        {
            await RecordAnswerAsync(turnContext, answer, feedback, token, sent?.Id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not record an answer's insights");
        }

        return sent;
    }

    /// <summary>
    /// A 👎 (Teams' invoke or a card button): queued with the question and sources of the answer it is about, joined in
    /// the background from the answer kept when it was sent. A 👍 is not recorded (it needs no action).
    /// </summary>
    public void RecordFeedback(ITurnContext turnContext, string reaction, string answerKey, string? text)
    {
        if (!Enabled || reaction != AnswerFeedback.Dislike)
        {
            return;
        }

        try
        {
            var context = Context(turnContext);
            writer.Enqueue(InsightReason.Disliked, async (store, ct) =>
            {
                var answer = await store.FindAnswerAsync(answerKey, ct);
                if (answer is null)
                {
                    logger.LogInformation("A 👎 is about an answer no longer kept (sent before the retention period or before insights were on)");
                }

                var question = answer?.Question ?? "";
                await store.AddAsync(new InsightEvent
                {
                    OccurredUtc = context.Now,
                    Reason = InsightReason.Disliked,
                    ChannelId = context.ChannelId,
                    ConversationKind = context.ConversationKind,
                    Question = question,
                    NormalizedQuestion = TextNormalizer.Fold(question),
                    AnswerKind = answer?.AnswerKind,
                    AnswerTitle = answer?.AnswerTitle,
                    AnswerSources = answer?.AnswerSources ?? [],
                    FeedbackText = text,
                    AnswerKey = answerKey,
                    UserKey = context.UserKey,
                }, ct);
            });
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not record a 👎");
        }
    }

    /// <summary>
    /// At the start of a message turn: when the previous answer offered choices and this message picks none of them,
    /// records the choices as abandoned. The pending choices are forgotten either way.
    /// </summary>
    public async Task CheckAbandonedChoicesAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (!Enabled || turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            var pending = await _ambiguity.GetAsync(turnContext, () => null!, cancellationToken);
            if (pending is null)
            {
                return;
            }

            await _ambiguity.DeleteAsync(turnContext, cancellationToken);
            var message = turnContext.Activity.AsMessageActivity();
            var choices = pending.Choices.Select(c => new AnswerChoice(c.Label, c.Query)).ToList();
            // A pick, "aide" or "annuler" answers the choices (the engine's recognition, as the bot's).
            if (new DialogueContext { Choices = choices }.IsChoiceReply(IncomingText.Of(message)))
            {
                return;
            }

            Queue(Context(turnContext), InsightReason.AbandonedChoices, pending.Question, pending.Kind, pending.Title, pending.Sources);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not check an ambiguous answer's choices");
        }
    }

    private async Task RecordAnswerAsync(ITurnContext turnContext, Answer answer, bool feedback, string? token, string? activityId, CancellationToken cancellationToken)
    {
        var context = Context(turnContext);
        var question = Clip(answer.Question);
        var sources = answer.Sources.Select(s => s.Id).ToList();

        if (ReasonFor(answer) is { } reason)
        {
            Queue(context, reason, question, answer.Kind, answer.Title, sources);
        }

        if (answer.IsAmbiguous)
        {
            await _ambiguity.SetAsync(turnContext, new PendingAmbiguity
            {
                Question = question,
                Kind = answer.Kind,
                Title = answer.Title,
                Sources = sources,
                Choices = [.. ChoiceCard.Choices(answer.Choices).Items.Select(c => new PendingChoice { Label = c.Label, Query = c.Query })],
            }, cancellationToken);
        }

        var answerKey = !feedback ? null
            : token is not null ? keys.AnswerKey(token)
            : activityId is { Length: > 0 } && turnContext.Activity.Conversation?.Id is { } conversationId ? keys.AnswerKey(context.ChannelId, conversationId, activityId)
            : null;
        if (answerKey is not null)
        {
            var sent = new SentAnswer(answerKey, context.Now, question, answer.Kind, answer.Title, sources, answer.Found);
            writer.Enqueue("answer", (store, ct) => store.RememberAnswerAsync(sent, ct));
        }
    }

    private void Queue(TurnFacts context, string reason, string question, string kind, string title, IReadOnlyList<string> sources) =>
        writer.Enqueue(reason, (store, ct) => store.AddAsync(new InsightEvent
        {
            OccurredUtc = context.Now,
            Reason = reason,
            ChannelId = context.ChannelId,
            ConversationKind = context.ConversationKind,
            Question = question,
            NormalizedQuestion = TextNormalizer.Fold(question),
            AnswerKind = kind,
            AnswerTitle = title,
            AnswerSources = sources,
            UserKey = context.UserKey,
        }, ct));

    // What an event keeps of a turn, read while the turn is alive: no id, no name.
    private TurnFacts Context(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return new TurnFacts(
            clock.GetUtcNow(),
            (activity.ChannelId ?? "unknown").ToLowerInvariant(),
            KindName(ChannelCapabilities.KindOf(activity.Conversation)),
            keys.UserKey(activity));
    }

    /// <summary>Teams' names of the conversation types.</summary>
    public static string KindName(ConversationKind kind) => kind switch
    {
        ConversationKind.GroupChat => "groupChat",
        ConversationKind.Channel => "channel",
        _ => "personal",
    };

    private static string Clip(string? question)
    {
        var text = CardText.OneLine(question);
        return text.Length <= MaxQuestionLength ? text : text[..MaxQuestionLength];
    }

    private sealed record TurnFacts(DateTimeOffset Now, string ChannelId, string ConversationKind, string UserKey);
}
