namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// One answer of a <see cref="ChoicePrompt"/>: its <paramref name="Value"/> (what the prompt returns and what a card
/// button sends), other words the user may type for it, and how it is shown (<paramref name="Title"/>, default the value).
/// </summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null, string? Title = null)
{
    public string Display => string.IsNullOrWhiteSpace(Title) ? Value : Title;
}
