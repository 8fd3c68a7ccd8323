using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Deletes one of the user's notes after showing it and asking to confirm. Options: the note's reference. The note is
/// kept in the database, marked deleted (who and when), and disappears from lists and exports.
/// </summary>
public sealed class NoteDeleteDialog : WaterfallDialog
{
    public const string DialogId = "note.delete";

    private const string ReferenceKey = "reference";

    public NoteDeleteDialog(INoteStore store, IWorkingGroupDirectory groups)
        : base(DialogId, Steps(store, groups))
    {
        HelpText = NoteTexts.DeleteHelp;
    }

    private static IEnumerable<WaterfallStep> Steps(INoteStore store, IWorkingGroupDirectory groups) =>
    [
        async (step, ct) =>
        {
            var (note, refusal) = await OwnNote.FindAsync(store, step.Options as string, NoteUser.From(step.Context.Activity), ct);
            if (note is null)
            {
                await step.Context.SendActivityAsync(refusal!, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            }

            step.Values[ReferenceKey] = note.Reference;
            var shown = new NoteReply().Note(note, groups.Find(note.GroupId)?.Title, maxLength: null).WithSummary(NoteTexts.DeleteConfirm(note));
            await step.Context.SendActivityAsync(shown.For(ChannelCapabilities.Of(step.Context.Activity)), ct);
            return await step.PromptAsync(NoteSubmitDialog.ConfirmPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.DeleteConfirm(note)),
                Help = MessageFactory.Text(NoteTexts.DeleteHelp),
            }, ct);
        },

        async (step, ct) =>
        {
            if (step.Result is not true)
            {
                await step.Context.SendActivityAsync(NoteTexts.NothingChanged, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            }

            var change = await store.DeleteAsync((string)step.Values[ReferenceKey]!, NoteUser.From(step.Context.Activity), ct);
            await step.Context.SendActivityAsync(OwnNote.Outcome(change, NoteTexts.Deleted), cancellationToken: ct);
            return await step.EndDialogAsync(change.Status.ToString(), ct);
        },
    ];
}
