using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Commands;

/// <summary>
/// "annuler", "stop"… when no dialog is active (an active one is cancelled by the dialog runner before any command):
/// says there is nothing to cancel rather than asking the engine about the word.
/// </summary>
public sealed class NothingToCancelCommand : ICommandHandler
{
    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (Interruptions.Recognize(turn.Text) != Interruption.Cancel)
        {
            return false;
        }

        await turn.Context.SendActivityAsync(CommandMessages.NothingToCancel, cancellationToken: cancellationToken);
        return true;
    }
}
