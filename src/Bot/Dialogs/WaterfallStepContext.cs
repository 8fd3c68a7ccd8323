using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs;

/// <summary>What a waterfall step sees: the turn, the dialog's options and values, and the previous step's result.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _moved;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        Dialog = dc;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext Dialog { get; }

    public ITurnContext Context => Dialog.Context;

    /// <summary>The options the waterfall was started with.</summary>
    public object? Options { get; }

    /// <summary>Values kept across the steps (persisted: strings, numbers, booleans, lists, dictionaries).</summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The result of the previous step or of the prompt it started.</summary>
    public object? Result { get; }

    /// <summary>The prompt started by the previous step ran out of attempts (<see cref="Result"/> is a <see cref="PromptGaveUp"/>).</summary>
    public bool GaveUp => Result is PromptGaveUp;

    /// <summary>Skips to the next step with <paramref name="result"/> (the end of the waterfall after the last step).</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_moved)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' already moved to the next step.");
        }

        _moved = true;
        return _waterfall.ResumeDialogAsync(Dialog, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialog.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Dialog.EndDialogAsync(result, cancellationToken);
}
