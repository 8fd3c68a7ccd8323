using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Starts filing a note (<see cref="NoteIntent"/>), once the tenant is allowed (<c>Bot:AllowedTenants</c>). Where cards
/// render (Teams, Web Chat, the Emulator) the one-step form is sent, the group preselected when the request named
/// it; "note pas à pas", the form's second button, and channels without cards get the dialog
/// (<see cref="NoteSubmitDialog"/>). Both run in personal conversations only: in a Teams channel or a group chat
/// everyone would read the answers, and the form is one card for all that the first submission replaces for everyone;
/// there the user is invited to the personal chat (<see cref="NotePersonalChatInvite"/>).
/// </summary>
public sealed class NoteSubmitCommand(DialogRunner dialogs, NoteGroupChoices groups, TenantPolicy tenants) : ICommandHandler
{
    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (NoteIntent.Recognize(turn.Text) is not { } intent)
        {
            return false;
        }

        if (!tenants.IsAllowed(turn.Activity))
        {
            await turn.Context.SendActivityAsync(NotesMessages.SubmitDenied, cancellationToken: cancellationToken);
            return true;
        }

        var group = groups.Resolve(intent.GroupText, byPosition: intent.IsCommand);
        if (turn.Channel.Conversation != ConversationKind.Personal)
        {
            await turn.Context.SendActivityAsync(NotePersonalChatInvite.For(turn.Activity, turn.Channel), cancellationToken);
            return true;
        }

        if (turn.Channel.SupportsAdaptiveCards && !intent.StepByStep)
        {
            var form = NoteForm.Create(groups.Groups, NoteForm.NewSubmissionId(), new NoteSubmission(group?.Id, null, null));
            var reply = MessageFactory.Attachment(Cards.AdaptiveCardBuilder.ToAttachment(form));
            reply.Summary = NoteTexts.FormTitle;
            await turn.Context.SendActivityAsync(reply, cancellationToken);
            return true;
        }

        await dialogs.BeginAsync(turn.Context, NoteSubmitDialog.DialogId, group?.Id, cancellationToken);
        return true;
    }
}
