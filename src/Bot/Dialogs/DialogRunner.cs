using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs;

/// <summary>
/// The bot's entry point to its dialogs, once per turn. <see cref="RunAsync"/> handles the interruptions ("aide"
/// answers and asks the same question again; "annuler" cancels the whole stack) and otherwise hands the message to
/// the active dialog; with no active dialog it returns <see cref="DialogTurnStatus.Empty"/> and the bot answers the
/// free text. <see cref="BeginAsync"/> starts a dialog (a command). The stack lives in ConversationState, which the
/// bot saves at the end of the turn.
/// </summary>
public sealed class DialogRunner
{
    public const string StateProperty = "DialogState";

    private readonly IStatePropertyAccessor<DialogState> _state;
    private readonly IDialogHelpProvider _help;

    public DialogRunner(DialogSet dialogs, ConversationState conversationState, IDialogHelpProvider? help = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        _state = conversationState.CreateProperty<DialogState>(StateProperty);
        _help = help ?? new DefaultDialogHelp();
    }

    public DialogSet Dialogs { get; }

    /// <summary>The dialog stack of this turn's conversation (created empty on first use).</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var state = await _state.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(Dialogs, turnContext, state);
    }

    public async Task<bool> IsActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        (await CreateContextAsync(turnContext, cancellationToken)).ActiveDialog is not null;

    /// <summary>Continues the active dialog, after the interruptions. Empty: no dialog was active, the turn is the bot's.</summary>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Empty;
        }

        var dc = await CreateContextAsync(turnContext, cancellationToken);
        if (dc.ActiveDialog is null)
        {
            return DialogTurnResult.Empty;
        }

        switch (Interruptions.Recognize(DialogText.Of(turnContext)))
        {
            case Interruption.Help:
                await turnContext.SendActivityAsync(HelpFor(dc), cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.Waiting;

            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(DialogMessages.Cancelled), cancellationToken);
                return DialogTurnResult.Cancelled;

            default:
                return await ContinueAsync(dc, cancellationToken);
        }
    }

    // A dialog that throws would throw again at the next message: the error handler clears the conversation for it.
    private static async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var dialogId = dc.ActiveDialog?.Id;
        try
        {
            return await dc.ContinueDialogAsync(cancellationToken);
        }
        catch (Exception e) when (e is not (OperationCanceledException or DialogFailedException))
        {
            throw new DialogFailedException(dialogId, e);
        }
    }

    /// <summary>Starts <paramref name="dialogId"/>; a dialog already active is cancelled first (one task at a time).</summary>
    public async Task<DialogTurnResult> BeginAsync(ITurnContext turnContext, string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken);
        await dc.CancelAllDialogsAsync(cancellationToken);
        return await dc.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels the stack without a message (the caller says what it wants). False when nothing was active.</summary>
    public async Task<bool> CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var dc = await CreateContextAsync(turnContext, cancellationToken);
        return (await dc.CancelAllDialogsAsync(cancellationToken)).Status == DialogTurnStatus.Cancelled;
    }

    // The innermost dialog that has its own help (the prompt, then the waterfall that asked), else the global help.
    private IMessageActivity HelpFor(DialogContext dc)
    {
        foreach (var instance in dc.Stack)
        {
            if (Dialogs.Find(instance.Id)?.GetHelp(dc.Context, instance) is { } help)
            {
                return help;
            }
        }

        return _help.GetHelp(dc.Context);
    }
}
