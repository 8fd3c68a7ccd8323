namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The one path every front end (bot, <c>ask</c>, <c>chat</c>) uses to answer an orientation question.
/// Implementations may be slow (a model call), hence async; they must never throw for bad input.
/// </summary>
public interface IAnswerService
{
    Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default);
}
