namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The one path every front end (bot, <c>ask</c>, <c>chat</c>) uses to answer an orientation question.
/// Implementations may be slow (a model call), hence async; they must never throw for bad input.
/// </summary>
public interface IAnswerService
{
    Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default);

    /// <summary>
    /// Answers a message of a conversation, read against the previous answer's <see cref="Answer.Context"/> (null for
    /// the first message, or when the caller keeps none). The answer's <see cref="Answer.Context"/> is the one to give
    /// back with the next message of the same conversation; an expired context (<see cref="DialogueContext.Lifetime"/>)
    /// counts as none. Services that keep no context answer the message alone.
    /// </summary>
    Task<Answer> AskAsync(string question, DialogueContext? context, CancellationToken cancellationToken = default) =>
        AskAsync(question, cancellationToken);
}
