namespace Mednum49.Bot.Dialogs;

/// <summary>
/// The result a prompt ends with when the user ran out of attempts (after a polite French message). The parent
/// decides what to do: a waterfall step sees it as <see cref="WaterfallStepContext.GaveUp"/>, with the values
/// collected so far intact.
/// </summary>
public sealed record PromptGaveUp(string PromptId, int Attempts);
