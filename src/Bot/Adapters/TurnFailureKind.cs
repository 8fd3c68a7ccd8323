namespace Mednum49.Bot.Adapters;

/// <summary>What a failed turn means for the user and for the conversation's state (see <see cref="TurnFailure"/>).</summary>
public enum TurnFailureKind
{
    /// <summary>The client went away (the request was aborted): nobody is waiting for an answer; nothing is wrong.</summary>
    Cancelled,

    /// <summary>A fault outside the conversation (network, connector, a busy database): apologise, keep the state.</summary>
    Transient,

    /// <summary>The conversation's own state cannot be read or used (a dialog that fails): apologise and clear it.</summary>
    BrokenState,

    /// <summary>Anything else (a bug in a handler): apologise, keep the state; "annuler" still clears a dialog.</summary>
    Unexpected,
}
