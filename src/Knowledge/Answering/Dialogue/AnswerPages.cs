namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Long answers a page at a time, for channels without « Voir tout »: a text reply shows the first
/// <see cref="PageSize"/> items of each list (facts, people, places) and ends with « … et 12 autres : répondez
/// « suite » pour les voir »; "suite" (conversation.yaml, <c>more:</c>) asks the engine for what comes after the pages
/// already shown (<see cref="DialogueContext.Page"/>). Any answer with lists pages the same way: nothing per question kind.
/// </summary>
public static class AnswerPages
{
    /// <summary>Items of each list a page shows (the cards show as many before « Voir tout »).</summary>
    public const int PageSize = 6;

    /// <summary>What a text reply says under a list it cut: how to see the rest.</summary>
    public const string MoreHint = "répondez « suite » pour les voir";

    /// <summary>How many items of <paramref name="answer"/>'s lists come after its first page.</summary>
    public static int Hidden(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Beyond(FactsOf(answer).Count) + Beyond(answer.People.Count) + Beyond(answer.Places.Count);
    }

    /// <summary>
    /// <paramref name="answer"/> from page <paramref name="page"/> on (0 is the whole answer): each list without the items of
    /// the earlier pages, so the next page is what a reply shows first. Null when nothing is left.
    /// </summary>
    internal static Answer? From(Answer answer, int page)
    {
        var skip = page * PageSize;
        var facts = FactsOf(answer);
        if (facts.Count <= skip && answer.People.Count <= skip && answer.Places.Count <= skip)
        {
            return null;
        }

        return answer with
        {
            Title = $"Suite — {answer.Title}",
            Summary = $"La suite de la réponse, à partir du {skip + 1}ᵉ élément de chaque liste.",
            Narrative = null,
            Facts = [.. facts.Skip(skip)],
            People = [.. answer.People.Skip(skip)],
            Places = [.. answer.Places.Skip(skip)],
            Choices = [],
        };
    }

    // A narrative replaces the facts: then they are not shown, nor paged.
    private static IReadOnlyList<AnswerFact> FactsOf(Answer answer) => string.IsNullOrWhiteSpace(answer.Narrative) ? answer.Facts : [];

    private static int Beyond(int count) => Math.Max(0, count - PageSize);
}
