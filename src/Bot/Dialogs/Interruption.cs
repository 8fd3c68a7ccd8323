namespace Mednum49.Bot.Dialogs;

/// <summary>A message that is about the conversation itself rather than an answer to the current question.</summary>
public enum Interruption
{
    None,

    /// <summary>"aide", "help", "?": answer, then ask the same question again.</summary>
    Help,

    /// <summary>"annuler", "stop", "laisse tomber"…: drop the whole dialog.</summary>
    Cancel,
}
