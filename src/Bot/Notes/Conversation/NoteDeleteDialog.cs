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

    public NoteDeleteDialog(INoteStore store, IWorkingGroupDirectory groups)
        : base(DialogId, Steps(store, groups))
    {
        HelpText = NoteTexts.DeleteHelp;
    }

    private static IEnumerable<WaterfallStep> Steps(INoteStore store, IWorkingGroupDirectory groups) =>
    [
        async (step, ct) =>
        {
            var (note, ended) = await OwnNote.BeginAsync(store, step, ct);
            if (note is null)
            {
                return ended!;
            }

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
            return step.Result is true
                ? await OwnNote.ChangeAsync(step, (reference, user) => store.DeleteAsync(reference, user, ct), NoteTexts.Deleted, ct)
                : await OwnNote.NothingChangedAsync(step, ct);
        },
    ];
}
