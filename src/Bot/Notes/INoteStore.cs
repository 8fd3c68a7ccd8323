namespace Mednum49.Bot.Notes;

/// <summary>
/// Where notes live. Free of any database type, so that a server database can replace the embedded SQLite one
/// (<see cref="SqliteNoteStore"/>) without touching the dialogs. Lists never include deleted notes.
/// </summary>
public interface INoteStore
{
    /// <summary>
    /// Saves <paramref name="draft"/> unless a note was already created from <paramref name="idempotencyKey"/>
    /// (see <see cref="NoteIdempotencyKey"/>), in which case that note is returned and nothing is written. Atomic:
    /// concurrent calls with the same key create exactly one note. The note is durable when this returns.
    /// </summary>
    Task<NoteAdded> AddAsync(NoteDraft draft, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The note with this reference (see <see cref="NoteReference.TryNormalize"/>), deleted or not; <see langword="null"/> when there is none.</summary>
    Task<Note?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>A page (1 = the most recent) of a group's notes, most recent first.</summary>
    Task<NotePage> ListByGroupAsync(string groupId, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Every note of a group, oldest first: what an export contains.</summary>
    Task<IReadOnlyList<Note>> ListAllByGroupAsync(string groupId, CancellationToken cancellationToken = default);

    /// <summary>A page of the notes <paramref name="author"/> wrote (see <see cref="NoteUser.IsSamePersonAs"/>), most recent first.</summary>
    Task<NotePage> ListByAuthorAsync(NoteUser author, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Replaces the text of a note. Only its author may; records who and when. The text must follow <see cref="NoteRules.CheckText"/>.</summary>
    Task<NoteChange> UpdateTextAsync(string reference, string newText, NoteUser editor, CancellationToken cancellationToken = default);

    /// <summary>Deletes a note (it is kept, marked deleted, with who and when). Only its author may.</summary>
    Task<NoteChange> DeleteAsync(string reference, NoteUser editor, CancellationToken cancellationToken = default);
}

/// <summary>The note <see cref="INoteStore.AddAsync"/> returns; <see cref="Created"/> is false when it already existed.</summary>
public sealed record NoteAdded(Note Note, bool Created);

/// <summary>A page of notes and how many there are in all (page numbers start at 1).</summary>
public sealed record NotePage(IReadOnlyList<Note> Notes, int Page, int PageSize, int TotalCount)
{
    public const int MaxPageSize = 50;

    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasMore => Page < PageCount;
}

public enum NoteChangeStatus
{
    Done,

    /// <summary>No such note, or it was already deleted.</summary>
    NotFound,

    /// <summary>The note belongs to someone else.</summary>
    Forbidden,
}

/// <summary>The outcome of an edit or a deletion, with the note as it now is when it was <see cref="NoteChangeStatus.Done"/>.</summary>
public sealed record NoteChange(NoteChangeStatus Status, Note? Note = null);
