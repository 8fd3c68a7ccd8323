namespace Mednum49.Bot.Dialogs;

/// <summary>The dialog stack of a conversation, kept in ConversationState. The active dialog is first.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
