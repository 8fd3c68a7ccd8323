namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>What a prompt understood in the user's reply, before validation.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default)
{
    public static PromptRecognizerResult<T> Failed { get; } = new(false);

    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}
