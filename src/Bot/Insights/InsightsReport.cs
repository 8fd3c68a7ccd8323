using Mednum49.Knowledge.Understanding;

namespace Mednum49.Bot.Insights;

/// <summary>One question as coordinators see it: every event of the same normalised text together.</summary>
/// <param name="Question">The most recent wording.</param>
/// <param name="Reasons">The reasons seen, most frequent first.</param>
/// <param name="LastAnswer">The heading of what the bot last answered (empty when unknown).</param>
public sealed record QuestionInsight(
    string NormalizedQuestion,
    string Question,
    int Count,
    int Dislikes,
    DateTimeOffset LastSeenUtc,
    IReadOnlyList<string> Reasons,
    string LastAnswer,
    string? LastAnswerKind,
    IReadOnlyList<string> FeedbackTexts);

/// <summary>The most frequent unanswered or disliked questions: events grouped by normalised text (<see cref="TextNormalizer.Fold"/>).</summary>
public static class InsightsReport
{
    public static IReadOnlyList<QuestionInsight> TopQuestions(IEnumerable<InsightEvent> events, int max = int.MaxValue) =>
    [
        .. events
            .GroupBy(e => e.NormalizedQuestion.Length > 0 ? e.NormalizedQuestion : TextNormalizer.Fold(e.Question), StringComparer.Ordinal)
            .Select(Summarise)
            .OrderByDescending(q => q.Count)
            .ThenByDescending(q => q.LastSeenUtc)
            .ThenBy(q => q.NormalizedQuestion, StringComparer.Ordinal)
            .Take(max),
    ];

    private static QuestionInsight Summarise(IGrouping<string, InsightEvent> group)
    {
        var ordered = group.OrderBy(e => e.OccurredUtc).ThenBy(e => e.Id).ToList();
        var last = ordered[^1];
        var lastAnswered = ordered.LastOrDefault(e => !string.IsNullOrEmpty(e.AnswerTitle));
        return new QuestionInsight(
            group.Key,
            ordered.LastOrDefault(e => e.Question.Length > 0)?.Question ?? "",
            ordered.Count,
            ordered.Count(e => e.Reason == InsightReason.Disliked),
            last.OccurredUtc,
            [.. ordered.GroupBy(e => e.Reason).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key)],
            lastAnswered?.AnswerTitle ?? "",
            lastAnswered?.AnswerKind,
            [.. ordered.Select(e => e.FeedbackText).OfType<string>().Where(t => t.Length > 0)]);
    }
}
