using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs;

/// <summary>The global help during a dialog: how to answer, and how to get out.</summary>
public sealed class DefaultDialogHelp : IDialogHelpProvider
{
    public IMessageActivity GetHelp(ITurnContext turnContext) => MessageFactory.Text(DialogMessages.DefaultHelp);
}
