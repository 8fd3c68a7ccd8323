namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Answers every question with "not found" until the orientation engine exists. Kept deliberately honest:
/// it never pretends to know anything. Replaced by the knowledge-base engine.
/// </summary>
internal sealed class PendingKnowledgeBaseAnswerService : IAnswerService
{
    public Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Answer
        {
            Question = question,
            Found = false,
            Title = "Je n'ai pas encore de réponse à cette question.",
            Summary = "La base de connaissances de la Mednum49 n'est pas encore chargée.",
        });
}
