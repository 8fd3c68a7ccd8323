using System.CommandLine;
using Mednum49.Bot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Cli;

/// <summary><c>chat</c>: an interactive console conversation with the same bot, middleware and state as Teams.</summary>
internal static class ChatCommand
{
    private static readonly string[] QuitWords = ["quitter", "exit", "quit"];

    public static Command Create(CliContext cli)
    {
        var user = new Option<string>("--user")
        {
            Description = "The user id to talk as (conversation state is kept per user).",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var command = new Command("chat", "Talk to the bot in the console (type 'quitter' to leave).") { user };

        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = cli.BuildHost();
            var services = host.Services;
            var adapter = new ConsoleAdapter(services.GetServices<Microsoft.Bot.Builder.IMiddleware>(), services.GetRequiredService<TurnErrorHandler>(), cli.Output);
            var conversation = new ConsoleConversation(parse.GetValue(user) ?? "console-user");

            await cli.Output.WriteLineAsync("Conversation avec le bot de la Mednum49 (tapez « quitter » pour sortir).\n");
            await RunTurnAsync(adapter, services, conversation.MembersAdded(), cancellationToken);

            while (!cancellationToken.IsCancellationRequested)
            {
                await cli.Output.WriteAsync("> ");
                var line = await cli.Input.ReadLineAsync(cancellationToken);
                if (line is null || QuitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    break;
                }

                await RunTurnAsync(adapter, services, conversation.Message(line), cancellationToken);
            }

            return 0;
        });
        return command;
    }

    // A fresh bot per turn, as the HTTP host does (the bot is transient; state lives in storage).
    private static Task RunTurnAsync(ConsoleAdapter adapter, IServiceProvider services, Activity activity, CancellationToken cancellationToken) =>
        adapter.ProcessActivityAsync(activity, services.GetRequiredService<IBot>().OnTurnAsync, cancellationToken);

    private sealed class ConsoleConversation(string userId)
    {
        private readonly ChannelAccount _user = new(userId, userId);
        private readonly ChannelAccount _bot = new("mednum49-bot", "Mednum49");
        private readonly ConversationAccount _conversation = new(id: $"console-{userId}", conversationType: "personal");

        public Activity MembersAdded() => Activity(ActivityTypes.ConversationUpdate, activity => activity.MembersAdded = [_user]);

        public Activity Message(string text) => Activity(ActivityTypes.Message, activity => activity.Text = text);

        private Activity Activity(string type, Action<Activity> fill)
        {
            var activity = new Activity
            {
                Type = type,
                Id = Guid.NewGuid().ToString("N"),
                ChannelId = ConsoleAdapter.ChannelId,
                ServiceUrl = "urn:console",
                From = _user,
                Recipient = _bot,
                Conversation = _conversation,
                Timestamp = DateTimeOffset.UtcNow,
                Locale = "fr-FR",
            };
            fill(activity);
            return activity;
        }
    }
}
