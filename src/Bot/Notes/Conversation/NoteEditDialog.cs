using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Corrects the text of one of the user's notes: shows the current text, asks for the new one (same rules as a new
/// note), shows it back and asks to confirm. Options: the note's reference. Only its author gets past the first step.
/// </summary>
public sealed class NoteEditDialog : WaterfallDialog
{
    public const string DialogId = "note.edit";

    private const string TextKey = "text";

    public NoteEditDialog(INoteStore store)
        : base(DialogId, Steps(store))
    {
        HelpText = NoteTexts.EditHelp;
    }

    private static IEnumerable<WaterfallStep> Steps(INoteStore store) =>
    [
        async (step, ct) =>
        {
            var (note, ended) = await OwnNote.BeginAsync(store, step, ct);
            if (note is null)
            {
                return ended!;
            }

            var current = new NoteReply().Heading(NoteTexts.CurrentText).UserText(note.Text).WithSummary(NoteTexts.EditQuestion(note));
            await step.Context.SendActivityAsync(current.For(ChannelCapabilities.Of(step.Context.Activity)), ct);
            return await step.PromptAsync(NoteSubmitDialog.TextPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.EditQuestion(note)),
                RetryPrompt = MessageFactory.Text(NoteRules.TextMissing),
                Help = MessageFactory.Text(NoteTexts.EditHelp),
                MaxAttempts = 5,
            }, ct);
        },

        async (step, ct) =>
        {
            if (step.Result is not string text)
            {
                return await OwnNote.NothingChangedAsync(step, ct);
            }

            var reference = OwnNote.ReferenceOf(step);
            step.Values[TextKey] = NoteRules.CleanText(text);
            var shown = new NoteReply().Heading(NoteTexts.NewText).UserText(NoteRules.CleanText(text)).WithSummary(NoteTexts.NewText);
            await step.Context.SendActivityAsync(shown.For(ChannelCapabilities.Of(step.Context.Activity)), ct);
            return await step.PromptAsync(NoteSubmitDialog.ConfirmPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.EditConfirm(reference)),
                Help = MessageFactory.Text(NoteTexts.EditHelp),
            }, ct);
        },

        async (step, ct) =>
        {
            return step.Result is true
                ? await OwnNote.ChangeAsync(step, (reference, user) => store.UpdateTextAsync(reference, (string)step.Values[TextKey]!, user, ct), NoteTexts.Edited, ct)
                : await OwnNote.NothingChangedAsync(step, ct);
        },
    ];
}
