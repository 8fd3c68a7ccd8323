using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs;

/// <summary>The help given on "aide" when none of the dialogs on the stack has its own.</summary>
public interface IDialogHelpProvider
{
    IMessageActivity GetHelp(ITurnContext turnContext);
}
