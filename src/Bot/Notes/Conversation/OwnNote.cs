using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Finds a note its author wants to change. Someone else's note is neither shown nor described: only
/// <see cref="NotesMessages.NotYours"/>. The store checks the author again when it writes. Also the first and last
/// steps that the dialogs changing a note (<see cref="NoteEditDialog"/>, <see cref="NoteDeleteDialog"/>) share.
/// </summary>
public static class OwnNote
{
    private const string ReferenceKey = "reference";

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

    /// <summary>
    /// A change dialog's first step: the user's own note (named by the dialog's options), its reference kept for
    /// <see cref="ReferenceOf"/> and <see cref="ChangeAsync"/>; or no note, once the user is told why, and the ended dialog.
    /// </summary>
    public static async Task<(Note? Note, DialogTurnResult? Ended)> BeginAsync(INoteStore store, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (note, refusal) = await FindAsync(store, step.Options as string, NoteUser.From(step.Context.Activity), cancellationToken);
        if (note is null)
        {
            await step.Context.SendActivityAsync(refusal!, cancellationToken: cancellationToken);
            return (null, await step.EndDialogAsync(null, cancellationToken));
        }

        step.Values[ReferenceKey] = note.Reference;
        return (note, null);
    }

    /// <summary>The reference of the note a change dialog is about (kept by <see cref="BeginAsync"/>).</summary>
    public static string ReferenceOf(WaterfallStepContext step) => (string)step.Values[ReferenceKey]!;

    /// <summary>A change the user did not confirm: nothing is written.</summary>
    public static async Task<DialogTurnResult> NothingChangedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(NoteTexts.NothingChanged, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A change dialog's last step: the store makes the change, the user is told the outcome (<paramref name="done"/> when made).</summary>
    public static async Task<DialogTurnResult> ChangeAsync(
        WaterfallStepContext step, Func<string, NoteUser, Task<NoteChange>> change, Func<Note, string> done, CancellationToken cancellationToken)
    {
        var result = await change(ReferenceOf(step), NoteUser.From(step.Context.Activity));
        await step.Context.SendActivityAsync(Outcome(result, done), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(result.Status.ToString(), cancellationToken);
    }
}
