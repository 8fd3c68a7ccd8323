namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>How the default presenter shows the choices of a prompt (a custom <see cref="IChoicePresenter"/> may ignore it).</summary>
public enum ListStyle
{
    /// <summary>The prompt text followed by the numbered choices, plus suggested actions when they fit.</summary>
    Auto,

    /// <summary>The prompt text followed by the numbered choices ("1. …"), no buttons.</summary>
    List,

    /// <summary>The prompt text with every choice as a suggested action.</summary>
    SuggestedActions,

    /// <summary>The prompt exactly as given (it already shows the choices, e.g. a card).</summary>
    None,
}
