using System.ClientModel;
using System.Net;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// The answer service when Azure OpenAI is configured. The deterministic engine answers first; the model only
/// (1) phrases the facts the engine found, citing them as [n], or (2) when the engine found nothing, maps the
/// question to one of the engine's question kinds, which the engine then answers from the knowledge base.
/// Every model reply is checked (<see cref="GroundingCheck"/>, <see cref="UnderstandingReply"/>); a reply that
/// fails, an error, a 429 or the end of the turn's time budget leaves the deterministic answer, logged, never thrown.
/// An answer found through understanding is phrased too, within the same budget.
/// </summary>
public sealed class GroundedAnswerService(
    IAnswerEngine engine,
    IChatClient chat,
    IOptions<AzureOpenAIOptions> options,
    ILogger<GroundedAnswerService> logger,
    TimeProvider? clock = null) : IAnswerService
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private const int UnderstandingMaxOutputTokens = 200;

    private readonly AzureOpenAIOptions _options = options.Value;

    public Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default) =>
        AskAsync(question, null, cancellationToken);

    /// <summary>The engine reads the message against the conversation (follow-ups, choices, small talk); the model phrases its answer.</summary>
    public async Task<Answer> AskAsync(string question, DialogueContext? context, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context = EngineAnswerService.Current(context, _clock);
        var answer = context is null ? engine.Ask(question) : engine.Ask(question, context);
        var next = answer.Context;
        var result = await AnswerAsync(question, answer, cancellationToken);
        return EngineAnswerService.Stamp(result.Context is null && next is not null ? result with { Context = next } : result, _clock);
    }

    private async Task<Answer> AnswerAsync(string question, Answer answer, CancellationToken cancellationToken)
    {
        if (answer.IsAmbiguous || string.IsNullOrWhiteSpace(question) || answer.Kind is ConversationTurn.SmallTalkKind or QuestionKinds.Help)
        {
            return answer;
        }

        // One budget for every model call of this turn, so the channel always gets its answer in time.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.TimeBudget);

        var best = answer;
        try
        {
            if (!answer.Found)
            {
                var understood = await UnderstandAsync(question, budget.Token);
                if (understood is null || understood.IsAmbiguous)
                {
                    return understood ?? answer;
                }

                best = understood;
            }

            return await PhraseAsync(question, best, budget.Token) ?? best;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            logger.LogWarning("Generation fell back to the deterministic answer: {Reason}", $"no reply within the time budget of {_options.TimeBudget.TotalSeconds:0.#} s");
            return best;
        }
        catch (Exception e) when (IsThrottling(e))
        {
            logger.LogWarning("Generation fell back to the deterministic answer: {Reason}", "the model is throttled (429)");
            return best;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Generation fell back to the deterministic answer: {Reason}", $"model error ({e.GetType().Name})");
            return best;
        }
    }

    /// <returns>The engine's answer with the model's phrasing, or null when the reply is not grounded in the facts.</returns>
    private async Task<Answer?> PhraseAsync(string question, Answer answer, CancellationToken cancellationToken)
    {
        var facts = NumberedFacts.From(answer);
        if (facts.Count == 0)
        {
            return null;
        }

        var chatOptions = new ChatOptions { Temperature = _options.Temperature, MaxOutputTokens = _options.MaxOutputTokens };
        var response = await chat.GetResponseAsync(GenerationPrompts.Phrasing(question, facts), chatOptions, cancellationToken)
            .WaitAsync(cancellationToken);

        var reply = response.Text?.Trim();
        var verdict = response.FinishReason == ChatFinishReason.Length
            ? GroundingVerdict.Rejected("the reply was cut at the output token limit")
            : GroundingCheck.Check(facts, reply);
        if (!verdict.IsGrounded)
        {
            logger.LogWarning("Generation fell back to the deterministic answer: {Reason}", verdict.Reason);
            return null;
        }

        logger.LogDebug("Generation phrased a {Kind} answer from {FactCount} facts", answer.Kind, facts.Count);
        return answer with { Narrative = reply };
    }

    /// <returns>The engine's answer to the question as the model understood it, or null when that finds nothing.</returns>
    private async Task<Answer?> UnderstandAsync(string question, CancellationToken cancellationToken)
    {
        var kinds = engine.Kinds;
        if (kinds.Count == 0)
        {
            return null;
        }

        // Classification wants no creativity: temperature 0.
        var chatOptions = new ChatOptions { Temperature = 0, MaxOutputTokens = UnderstandingMaxOutputTokens };
        var response = await chat.GetResponseAsync<UnderstandingReply>(
                GenerationPrompts.Understanding(question, kinds), chatOptions, useJsonSchemaResponseFormat: true, cancellationToken)
            .WaitAsync(cancellationToken);

        var interpretation = UnderstandingReply.Read(response.Text, question, kinds, out var reason);
        if (interpretation is null)
        {
            // An out-of-scope question is an answer, not a failure; anything else is a reply we could not use.
            logger.Log(reason == UnderstandingReply.OutOfScope ? LogLevel.Information : LogLevel.Warning,
                "Understanding fell back to the deterministic answer: {Reason}", reason);
            return null;
        }

        var understood = engine.Ask(question, interpretation);
        if (!understood.Found && !understood.IsAmbiguous)
        {
            logger.LogInformation("Understanding gave {Kind} with {EntityCount} entities; the knowledge base has no answer", interpretation.Kind, interpretation.Entities.Count);
            return null;
        }

        logger.LogDebug("Understanding answered the question as {Kind}", interpretation.Kind);
        return understood;
    }

    private static bool IsThrottling(Exception e) => e switch
    {
        ClientResultException { Status: 429 } => true,
        HttpRequestException { StatusCode: HttpStatusCode.TooManyRequests } => true,
        _ => e.InnerException is { } inner && IsThrottling(inner),
    };
}
