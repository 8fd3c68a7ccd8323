using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs;

/// <summary>
/// Steps run in order; each one's result (often the answer to the prompt it started) is given to the next. The
/// step index, the options and the values live in the instance state, so a waterfall survives a restart.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly IReadOnlyList<WaterfallStep> _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new ArgumentException($"The waterfall '{id}' has no step.", nameof(steps));
        }
    }

    public int StepCount => _steps.Count;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A step that returned <see cref="DialogTurnResult.Waiting"/> without a prompt gets the next message's text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, DialogText.Of(dc.Context), cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = StateValues.GetInt(dc.ActiveDialog!.State, StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var step = new WaterfallStepContext(this, dc, state.GetValueOrDefault(OptionsKey), StateValues.GetDictionary(state, ValuesKey), index, reason, result);
        return await _steps[index](step, cancellationToken);
    }
}
