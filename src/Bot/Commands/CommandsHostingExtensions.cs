using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Commands;

public static class CommandsHostingExtensions
{
    /// <summary>
    /// The bot's own commands (<c>aide</c>, <c>territoire</c>, <c>action</c>, <c>contacts</c>, <c>groupes</c>) with
    /// the dialogs that ask for a missing argument, and the card presenter of the dialogs' choice prompts. Handlers run
    /// in registration order: call this before a feature adds its own (the notes). Needs <c>AddDialogs()</c>,
    /// <c>AddQuestions()</c> and the knowledge base.
    /// </summary>
    public static IHostApplicationBuilder AddBotCommands(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<IChoicePresenter, ChannelChoicePresenter>();
        services.TryAddSingleton<ActionCodes>();

        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, TerritoryCommand>();
        services.AddSingleton<ICommandHandler, ActionCommand>();
        services.AddSingleton<ICommandHandler, ContactsCommand>();
        services.AddSingleton<ICommandHandler, GroupsCommand>();
        services.AddSingleton<ICommandHandler, NothingToCancelCommand>();

        services.AddSingleton<Dialog, TerritoryDialog>();
        services.AddSingleton<Dialog, TerritoryPrompt>();
        services.AddSingleton<Dialog, ActionDialog>();
        services.AddSingleton<Dialog>(provider => ActionDialog.CreatePrompt(provider.GetRequiredService<ActionCodes>()));
        services.AddSingleton<Dialog, ContactsDialog>();
        services.AddSingleton<Dialog>(_ => ContactsDialog.CreatePrompt());
        return builder;
    }
}
