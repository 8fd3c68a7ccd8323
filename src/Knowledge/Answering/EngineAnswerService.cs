namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The front ends' <see cref="IAnswerService"/> when no generation is configured: the deterministic engine's answer.
/// Never throws for a question: an unexpected failure becomes a polite French "not found". Keeps the conversation's
/// clock: a context older than <see cref="DialogueContext.Lifetime"/> is forgotten, and each answer's context is
/// stamped with the time it was given.
/// </summary>
public sealed class EngineAnswerService(IAnswerEngine engine, TimeProvider? clock = null) : IAnswerService
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default) =>
        AskAsync(question, null, cancellationToken);

    public Task<Answer> AskAsync(string question, DialogueContext? context, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Stamp(engine.Ask(question, Current(context, _clock)), _clock));
    }

    /// <summary>The context if it still holds at the clock's time, else null.</summary>
    public static DialogueContext? Current(DialogueContext? context, TimeProvider clock) =>
        context is not null && !context.IsExpired(clock.GetUtcNow()) ? context : null;

    /// <summary>The answer with its context dated now.</summary>
    public static Answer Stamp(Answer answer, TimeProvider clock) =>
        answer.Context is null ? answer : answer with { Context = answer.Context with { At = clock.GetUtcNow() } };
}
