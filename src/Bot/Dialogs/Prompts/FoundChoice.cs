namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>The choice a <see cref="ChoicePrompt"/> recognised: its value, its zero-based index and how it was found.</summary>
public sealed record FoundChoice(string Value, int Index, ChoiceMatch Match);
