using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, what was recognised, the prompt's options and the attempt number (from 1).</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
