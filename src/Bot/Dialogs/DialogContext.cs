using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs;

/// <summary>The dialog stack of one conversation during one turn, and the operations on it.</summary>
public sealed class DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
{
    public DialogSet Dialogs { get; } = dialogs;

    public ITurnContext Context { get; } = turnContext;

    /// <summary>The stack, active dialog first.</summary>
    public IReadOnlyList<DialogInstance> Stack => state.DialogStack;

    public DialogInstance? ActiveDialog => state.DialogStack.Count > 0 ? state.DialogStack[0] : null;

    /// <summary>Pushes <paramref name="dialogId"/> and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = Require(dialogId);
        state.DialogStack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt: the same as <see cref="BeginDialogAsync"/>, typed for prompts.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return DialogTurnResult.Empty;
        }

        return await Require(active.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/> (or completes the stack).</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.EndCalled, cancellationToken);
        }

        if (ActiveDialog is { } parent)
        {
            return await Require(parent.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and starts another in its place (a loop, a change of subject).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack ("annuler"). <see cref="DialogTurnStatus.Empty"/> when there was nothing to cancel.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }

        while (ActiveDialog is not null)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await Require(active.Id).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = state.DialogStack[0];
        if (Dialogs.Find(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        state.DialogStack.RemoveAt(0);
    }

    private Dialog Require(string dialogId) =>
        Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' in the dialog set.");
}
