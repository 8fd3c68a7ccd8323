using Mednum49.Bot.Commands;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// The note form's submit (<see cref="NoteForm"/>): checked on the server with <see cref="NoteRules"/> whatever the
/// client checked; with errors, the form comes back with the user's values and the French messages under the fields;
/// otherwise the note is saved once per form (<see cref="NoteIdempotencyKey.ForCardSubmission"/>: a double click or a
/// Teams retry saves nothing more and gets the same confirmation), then confirmed — in Teams in place of the form.
/// </summary>
public sealed class NoteFormHandler(
    NoteRules rules,
    IWorkingGroupDirectory groups,
    TenantPolicy tenants,
    NoteSubmitter submitter,
    ILogger<NoteFormHandler> logger) : ICommandHandler
{
    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (NoteForm.Read(turn.Activity.Value) is not { } form)
        {
            return false;
        }

        var context = turn.Context;
        if (!tenants.IsAllowed(turn.Activity))
        {
            await context.SendActivityAsync(NotesMessages.SubmitDenied, cancellationToken: cancellationToken);
            return true;
        }

        if (!NoteForm.IsSubmissionId(form.SubmissionId) || turn.Activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await context.SendActivityAsync(NoteTexts.FormExpired, cancellationToken: cancellationToken);
            return true;
        }

        var validation = rules.Validate(form.Values);
        if (!validation.IsValid)
        {
            logger.LogInformation("Note form {SubmissionId} refused: {Fields}", form.SubmissionId, string.Join(", ", validation.Errors.Keys));
            var again = NoteForm.Create(groups.All(), form.SubmissionId, form.Values, validation.Errors);
            var reply = Microsoft.Bot.Builder.MessageFactory.Attachment(Cards.AdaptiveCardBuilder.ToAttachment(again));
            reply.Summary = NoteTexts.FormErrors;
            await CardInPlace.ReplaceOrSendAsync(context, reply, logger, cancellationToken);
            return true;
        }

        var author = NoteUser.From(turn.Activity);
        var key = NoteIdempotencyKey.ForCardSubmission(author, conversationId, form.SubmissionId.Trim());
        var added = await submitter.SaveAsync(validation.ToDraft(author, conversationId), key, cancellationToken);
        if (!added.Created && !SameContent(added.Note, validation))
        {
            // The same form sent again with other values (Web Chat keeps the form after a submit): nothing new is saved.
            await context.SendActivityAsync(NoteTexts.FormAlreadyUsed(added.Note), cancellationToken: cancellationToken);
            return true;
        }

        await CardInPlace.ReplaceOrSendAsync(context, NoteSubmitter.Confirmation(added.Note, validation.Group!).For(turn.Channel), logger, cancellationToken);
        await submitter.NotifyAsync(added, cancellationToken);
        return true;
    }

    private static bool SameContent(Note note, NoteValidation validation) =>
        string.Equals(note.GroupId, validation.Group?.Id, StringComparison.OrdinalIgnoreCase)
        && string.Equals(note.Text, validation.Text, StringComparison.Ordinal)
        && note.ReferenceDate == validation.ReferenceDate;
}
