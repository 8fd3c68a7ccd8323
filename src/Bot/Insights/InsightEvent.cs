namespace Mednum49.Bot.Insights;

/// <summary>
/// One thing that went wrong: a question the bot failed, or a 👎 on an answer. Holds no identity: the user is a
/// pseudonym (<see cref="UserKey"/>, a keyed hash), the conversation is only its kind.
/// </summary>
public sealed record InsightEvent
{
    public long Id { get; init; }

    public required DateTimeOffset OccurredUtc { get; init; }

    /// <summary>One of <see cref="InsightReason"/>.</summary>
    public required string Reason { get; init; }

    /// <summary>The channel (msteams, webchat, slack…).</summary>
    public required string ChannelId { get; init; }

    /// <summary>personal, groupChat or channel.</summary>
    public required string ConversationKind { get; init; }

    /// <summary>The question as asked (empty when a 👎 is about an answer no longer known).</summary>
    public required string Question { get; init; }

    /// <summary>The question folded (case, accents, punctuation): what the coordinators' list groups by.</summary>
    public required string NormalizedQuestion { get; init; }

    public string? AnswerKind { get; init; }

    /// <summary>The heading of what the bot answered.</summary>
    public string? AnswerTitle { get; init; }

    /// <summary>Knowledge-base ids the answer came from.</summary>
    public IReadOnlyList<string> AnswerSources { get; init; } = [];

    /// <summary>What the user wrote with a 👎 (Teams' feedback form).</summary>
    public string? FeedbackText { get; init; }

    /// <summary>The keyed hash of the answer a 👎 is about: one 👎 per user and answer.</summary>
    public string? AnswerKey { get; init; }

    /// <summary>The user's pseudonym: HMAC-SHA256 of their id with <c>Insights:UserKeySecret</c>.</summary>
    public required string UserKey { get; init; }
}
