namespace Mednum49.Bot.Notes;

/// <summary>
/// What makes a submission unique, so that a retried or repeated submission returns the note it already created.
/// </summary>
public static class NoteIdempotencyKey
{
    /// <summary>
    /// The turn that confirmed the note: Teams retries a turn it got no answer to within 15 s with the same activity id.
    /// </summary>
    public static string ForActivity(string channelId, string conversationId, string activityId) =>
        $"activity|{Required(channelId)}|{Required(conversationId)}|{Required(activityId)}";

    /// <summary>
    /// An Adaptive Card form: the card carries a submission id generated when it was sent, so a double click (two
    /// activities with different ids) still saves once. Scoped to the user, so nobody can replay another's id.
    /// </summary>
    public static string ForCardSubmission(NoteUser user, string conversationId, string submissionId) =>
        $"card|{Required(user.ChannelId)}|{Required(conversationId)}|{Required(user.UserId)}|{Required(submissionId)}";

    private static string Required(string value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("An idempotency key needs every part.", name) : value;
}
