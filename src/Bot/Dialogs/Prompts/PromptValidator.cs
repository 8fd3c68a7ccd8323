namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Accepts or rejects a recognised value (only called when recognition succeeded). On rejection the prompt sends its
/// retry prompt, unless the validator already sent a message of its own (say why: « La date doit être à venir. »).
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);
