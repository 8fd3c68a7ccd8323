using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs;

/// <summary>
/// A conversation piece that can span several turns. The <see cref="DialogContext"/> keeps its instance on the
/// stack; everything it must remember between turns goes in <see cref="DialogInstance.State"/>.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>What "aide" answers while this dialog is on the stack (null: ask the dialog below, then the global help).</summary>
    public string? HelpText { get; init; }

    /// <summary>Starts the dialog; its instance is already on top of the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>The user answered while this dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>. By default this dialog ends with the same result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again what the dialog is waiting for (after "aide"). By default nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>The instance is leaving the stack (ended, replaced or cancelled): a place to clean up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>This dialog's own help, or null.</summary>
    public virtual IMessageActivity? GetHelp(ITurnContext turnContext, DialogInstance instance) =>
        HelpText is { Length: > 0 } text ? MessageFactory.Text(text) : null;
}
