using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how. Activities, so a prompt can be a card. Persisted with the prompt (as JSON), so
/// everything here must serialise: keep <see cref="Validations"/> to strings.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public IMessageActivity? Prompt { get; init; }

    /// <summary>Sent after an answer that was not understood (default: a short French hint, then the question).</summary>
    public IMessageActivity? RetryPrompt { get; init; }

    /// <summary>This question's own help, sent on "aide" before the question is asked again.</summary>
    public IMessageActivity? Help { get; init; }

    /// <summary>The answers of a <see cref="ChoicePrompt"/>.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>How many answers the user may give before the prompt gives up politely (default 3).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Free settings for the validator ("max" = "200"…).</summary>
    public IReadOnlyDictionary<string, string>? Validations { get; init; }
}
