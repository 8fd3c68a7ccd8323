namespace Mednum49.Bot.Dialogs;

/// <summary>Where the dialog stack stands after a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active: the turn is not the dialogs' business (the bot answers the free text).</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog of the stack ended; its result is in <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled ("annuler").</summary>
    Cancelled,
}
