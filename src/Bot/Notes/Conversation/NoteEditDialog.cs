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

    private const string ReferenceKey = "reference";
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
            var (note, refusal) = await OwnNote.FindAsync(store, step.Options as string, NoteUser.From(step.Context.Activity), ct);
            if (note is null)
            {
                await step.Context.SendActivityAsync(refusal!, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            }

            step.Values[ReferenceKey] = note.Reference;
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
                return await NothingChangedAsync(step, ct);
            }

            var reference = (string)step.Values[ReferenceKey]!;
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
            if (step.Result is not true)
            {
                return await NothingChangedAsync(step, ct);
            }

            var change = await store.UpdateTextAsync((string)step.Values[ReferenceKey]!, (string)step.Values[TextKey]!, NoteUser.From(step.Context.Activity), ct);
            await step.Context.SendActivityAsync(OwnNote.Outcome(change, NoteTexts.Edited), cancellationToken: ct);
            return await step.EndDialogAsync(change.Status.ToString(), ct);
        },
    ];

    private static async Task<DialogTurnResult> NothingChangedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(NoteTexts.NothingChanged, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
