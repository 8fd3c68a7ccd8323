namespace Mednum49.Bot.Dialogs;

/// <summary>
/// The active dialog failed while it continued (the exception it threw is the inner one). Unless that inner fault
/// is transient, the dialog's state is what failed, and <c>TurnErrorHandler</c> clears the conversation's state.
/// </summary>
public sealed class DialogFailedException(string? dialogId, Exception inner)
    : Exception($"The dialog '{dialogId}' failed: {inner.Message}", inner)
{
    public string? DialogId { get; } = dialogId;
}
