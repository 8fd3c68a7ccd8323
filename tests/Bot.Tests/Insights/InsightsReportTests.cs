using Mednum49.Bot.Insights;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Bot.Tests.Insights;

public sealed class InsightsReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static InsightEvent Event(int minutes, string question, string reason = InsightReason.NotFound, string? title = null, string? feedback = null) => new()
    {
        OccurredUtc = Start.AddMinutes(minutes),
        Reason = reason,
        ChannelId = "msteams",
        ConversationKind = "personal",
        Question = question,
        NormalizedQuestion = TextNormalizer.Fold(question),
        AnswerTitle = title,
        FeedbackText = feedback,
        UserKey = "u" + minutes,
    };

    [Fact]
    public void Questions_typed_differently_are_grouped_by_their_normalised_text_most_frequent_first()
    {
        var top = InsightsReport.TopQuestions(
        [
            Event(0, "Où réparer un vélo ?"),
            Event(1, "Un plombier à Angers ?", InsightReason.OutOfScope, "Hors du champ."),
            Event(2, "où reparer un VELO"),
            Event(3, "Qui porte l'action B.6 ?", InsightReason.Disliked, "Action B.6", "Pas le bon contact"),
            Event(4, "OÙ RÉPARER UN VÉLO ?!", InsightReason.Disliked, "Réparation", "Rien trouvé"),
        ]);

        Assert.Equal(["ou reparer un velo", "qui porte l action b 6", "un plombier a angers"], top.Select(q => q.NormalizedQuestion));
        var first = top[0];
        Assert.Equal((3, 1, "OÙ RÉPARER UN VÉLO ?!", Start.AddMinutes(4), "Réparation"), (first.Count, first.Dislikes, first.Question, first.LastSeenUtc, first.LastAnswer));
        Assert.Equal([InsightReason.NotFound, InsightReason.Disliked], first.Reasons);
        Assert.Equal(["Rien trouvé"], first.FeedbackTexts);
    }

    [Fact]
    public void Equal_counts_put_the_most_recent_first_and_max_keeps_the_top()
    {
        var top = InsightsReport.TopQuestions([Event(0, "ancienne"), Event(5, "récente")], max: 1);

        Assert.Equal("récente", Assert.Single(top).Question);
    }
}
