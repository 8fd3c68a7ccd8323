namespace Mednum49.Bot.Insights;

/// <summary>
/// Where insights live: the events (<see cref="InsightEvent"/>) and the answers feedback can refer to
/// (<see cref="SentAnswer"/>). Free of any database type; every provider passes the same contract tests.
/// </summary>
public interface IInsightStore
{
    /// <summary>
    /// Saves <paramref name="insight"/>; false (and nothing written) when it is a second 👎 of the same user on the same
    /// answer (<see cref="InsightEvent.AnswerKey"/> and <see cref="InsightEvent.UserKey"/>).
    /// </summary>
    Task<bool> AddAsync(InsightEvent insight, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="answer"/> for later feedback (a second call with the same key replaces it).</summary>
    Task RememberAnswerAsync(SentAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>The answer kept under <paramref name="answerKey"/>, or null.</summary>
    Task<SentAnswer?> FindAnswerAsync(string answerKey, CancellationToken cancellationToken = default);

    /// <summary>The events that occurred at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<InsightEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Deletes the events and kept answers older than <paramref name="before"/>; returns how many rows went.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
