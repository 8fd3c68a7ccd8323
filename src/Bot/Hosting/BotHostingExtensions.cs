using Mednum49.Bot.Adapters;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Questions;
using Mednum49.Bot.Welcome;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Hosting;

public static class BotHostingExtensions
{
    /// <summary>The HttpClient (pooled handler) of the Bot Connector calls: replies, updates, proactive messages.</summary>
    public const string ConnectorHttpClientName = "bot-connector";

    /// <summary>
    /// The bot itself with its state, storage and middleware: everything a turn needs, whatever the adapter
    /// (HTTP in the web host, the console in <c>chat</c>, TestAdapter in tests). Needs <c>AddKnowledge()</c> (the answers,
    /// and the knowledge base the commands read) and <c>AddEmbeddedDatabase()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateOnStart();

        builder.AddTurnDeduplication();
        builder.AddBotState();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();
        builder.Services.AddSingleton<TurnErrorHandler>();
        builder.AddDialogs();
        builder.AddQuestions();
        builder.AddWelcome();
        builder.AddBotCommands();
        builder.Services.AddTransient<IBot, MednumBot>();
        return builder;
    }

    /// <summary>The Bot Framework HTTP endpoint: credentials (validated, fail closed) and the authenticated adapter.</summary>
    public static IHostApplicationBuilder AddBotFrameworkEndpoint(this IHostApplicationBuilder builder)
    {
        // The credentials sit at the configuration root, where the Bot Framework and Azure expect them.
        builder.Services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();

        builder.Services.AddOptions<MessageLimitsOptions>().BindConfiguration(MessageLimitsOptions.Section)
            .Validate(o => o.MaxRequestBodyBytes is >= 16 * 1024 and <= 16 * 1024 * 1024,
                $"'{MessageLimitsOptions.Section}:MaxRequestBodyBytes' must be between 16384 and 16777216 (default {MessageLimitsOptions.DefaultMaxRequestBodyBytes}).")
            .ValidateOnStart();

        // One pooled handler for every connector call: without a factory the SDK makes a new HttpClient (and a new
        // connection) for every turn.
        // Its per-request logs (four lines a call) cost more than the call on loopback.
        builder.Services.AddHttpClient(ConnectorHttpClientName).RemoveAllLoggers();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Bot.Builder.IMiddleware, SharedConnectorContracts>());
        builder.Services.AddSingleton<BotFrameworkAuthentication>(services =>
            new ConfigurationBotFrameworkAuthentication(
                services.GetRequiredService<IConfiguration>(),
                httpClientFactory: new NamedHttpClientFactory(services.GetRequiredService<IHttpClientFactory>(), ConnectorHttpClientName),
                logger: services.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        builder.Services.AddSingleton<BotHttpAdapter>();
        builder.Services.AddSingleton<MessagesEndpoint>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(services => services.GetRequiredService<BotHttpAdapter>());

        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks();
        return builder;
    }
}
