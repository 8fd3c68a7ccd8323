using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// <c>corriger &lt;référence&gt;</c> and <c>supprimer &lt;référence&gt;</c> (the buttons of <c>mes notes</c>): start the
/// correction or the deletion of one of the user's own notes, in a personal conversation.
/// </summary>
public sealed class NoteChangeCommand(DialogRunner dialogs, TenantPolicy tenants) : ICommandHandler
{
    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (NoteCommands.ParseChange(turn.Text) is not { } change)
        {
            return false;
        }

        if (turn.Channel.Conversation != ConversationKind.Personal)
        {
            await turn.Context.SendActivityAsync(NoteTexts.ReadingInGroupConversation, cancellationToken: cancellationToken);
        }
        else if (!tenants.IsAllowed(turn.Activity))
        {
            await turn.Context.SendActivityAsync(NotesMessages.SubmitDenied, cancellationToken: cancellationToken);
        }
        else if (change.Reference is null)
        {
            await turn.Context.SendActivityAsync(NoteTexts.WhichNote, cancellationToken: cancellationToken);
        }
        else
        {
            var dialog = change.Kind == NoteChangeKind.Delete ? NoteDeleteDialog.DialogId : NoteEditDialog.DialogId;
            await dialogs.BeginAsync(turn.Context, dialog, change.Reference, cancellationToken);
        }

        return true;
    }
}
