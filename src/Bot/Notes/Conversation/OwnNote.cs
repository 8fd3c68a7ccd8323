namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Finds a note its author wants to change. Someone else's note is neither shown nor described: only
/// <see cref="NotesMessages.NotYours"/>. The store checks the author again when it writes.
/// </summary>
public static class OwnNote
{
    /// <returns>The note, or null with the French reason.</returns>
    public static async Task<(Note? Note, string? Refusal)> FindAsync(INoteStore store, string? reference, NoteUser user, CancellationToken cancellationToken)
    {
        var note = reference is null ? null : await store.GetAsync(reference, cancellationToken);
        if (note is null || note.IsDeleted)
        {
            return (null, NotesMessages.NotFound);
        }

        return note.Author.IsSamePersonAs(user) ? (note, null) : (null, NotesMessages.NotYours);
    }

    /// <summary>What the user is told after the store tried the change.</summary>
    public static string Outcome(NoteChange change, Func<Note, string> done) => change.Status switch
    {
        NoteChangeStatus.Done => done(change.Note!),
        NoteChangeStatus.Forbidden => NotesMessages.NotYours,
        _ => NotesMessages.NotFound,
    };
}
