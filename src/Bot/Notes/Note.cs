namespace Mednum49.Bot.Notes;

/// <summary>
/// A note filed under a working group. <see cref="Text"/> is kept exactly as the user typed it (HTML and script
/// included): every renderer must show it as text (escape it for HTML, Markdown, Adaptive Cards' markdown).
/// Deleted notes are kept (soft delete) with who deleted them and when.
/// </summary>
public sealed record Note
{
    public required long Id { get; init; }

    /// <summary>Short, human-friendly and unique, such as <c>N-4F7K2</c> (see <see cref="NoteReference"/>).</summary>
    public required string Reference { get; init; }

    public required string GroupId { get; init; }

    public required string Text { get; init; }

    /// <summary>The day the note is about (a meeting…), when the author gave one.</summary>
    public DateOnly? ReferenceDate { get; init; }

    public required NoteUser Author { get; init; }

    /// <summary>The channel it was submitted in (<c>msteams</c>, <c>slack</c>, <c>webchat</c>…): the author's.</summary>
    public string ChannelId => Author.ChannelId;

    public required string ConversationId { get; init; }

    public required DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset? EditedUtc { get; init; }

    public NoteUser? EditedBy { get; init; }

    public DateTimeOffset? DeletedUtc { get; init; }

    public NoteUser? DeletedBy { get; init; }

    public bool IsDeleted => DeletedUtc is not null;

    /// <summary>What made this note (see <see cref="NoteIdempotencyKey"/>): the same key never creates a second note.</summary>
    public required string IdempotencyKey { get; init; }
}
