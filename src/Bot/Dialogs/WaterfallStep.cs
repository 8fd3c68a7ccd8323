namespace Mednum49.Bot.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: it prompts (waits), skips to the next step, or ends.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
