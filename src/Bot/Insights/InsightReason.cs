namespace Mednum49.Bot.Insights;

/// <summary>Why a question was recorded: the stable values stored in the database and shown in exports.</summary>
public static class InsightReason
{
    /// <summary>The knowledge base had nothing relevant (<c>found: false</c>).</summary>
    public const string NotFound = "not-found";

    /// <summary>The engine judged the question outside the network's field (an unknown place, another subject).</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>Answered by the full-text fallback with a low confidence: a best guess.</summary>
    public const string LowConfidence = "low-confidence";

    /// <summary>The bot offered choices and the user went on without picking one.</summary>
    public const string AbandonedChoices = "abandoned-choices";

    /// <summary>The user gave the answer a 👎.</summary>
    public const string Disliked = "disliked";

    public static IReadOnlyList<string> All { get; } = [NotFound, OutOfScope, LowConfidence, AbandonedChoices, Disliked];

    /// <summary>In French, for coordinators.</summary>
    public static string Label(string reason) => reason switch
    {
        NotFound => "sans réponse",
        OutOfScope => "hors du champ",
        LowConfidence => "réponse incertaine",
        AbandonedChoices => "choix abandonné",
        Disliked => "👎",
        _ => reason,
    };
}
