using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Dialogs;

public static class DialogsHostingExtensions
{
    /// <summary>
    /// The dialog runner and the set of every <see cref="Dialog"/> registered in DI (a feature adds its waterfall
    /// and prompts with <c>AddSingleton&lt;Dialog&gt;(…)</c>), with the default global help unless another
    /// <see cref="IDialogHelpProvider"/> is registered, and the French recognisers warmed up in the background at
    /// start-up. Needs <c>AddConversation()</c> (ConversationState).
    /// </summary>
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IDialogHelpProvider, DefaultDialogHelp>();
        builder.Services.TryAddSingleton(services => new DialogSet(services.GetServices<Dialog>()));
        builder.Services.TryAddSingleton<DialogRunner>();
        builder.Services.AddHostedService<RecognizerWarmUp>();
        return builder;
    }
}
