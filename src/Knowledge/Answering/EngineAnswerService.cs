namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The front ends' <see cref="IAnswerService"/> when no generation is configured: the deterministic engine's answer.
/// Never throws for a question: an unexpected failure becomes a polite French "not found".
/// </summary>
public sealed class EngineAnswerService(IAnswerEngine engine) : IAnswerService
{
    public Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(engine.Ask(question));
    }
}
