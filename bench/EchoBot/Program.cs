using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// The SDK sample's echo bot, unauthenticated (no MicrosoftAppId), with the same pooled connector HttpClient as the bot.
// With Echo:SharedContracts=true it also shares the connector's contract resolvers as the bot does: a baseline that
// shows the bot's own cost per turn, beyond the SDK's.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(services =>
    new ConfigurationBotFrameworkAuthentication(builder.Configuration, httpClientFactory: services.GetRequiredService<IHttpClientFactory>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
builder.Services.AddSingleton<IBot, Echo>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
    adapter.ProcessAsync(request, response, bot));
app.Run();

internal sealed class EchoAdapter : CloudAdapter
{
    public EchoAdapter(BotFrameworkAuthentication authentication, IConfiguration configuration, ILogger<EchoAdapter> logger)
        : base(authentication, logger)
    {
        if (configuration.GetValue<bool>("Echo:SharedContracts"))
        {
            Use(new Mednum49.Bot.Adapters.SharedConnectorContracts());
        }
    }
}

internal sealed class Echo : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
}
