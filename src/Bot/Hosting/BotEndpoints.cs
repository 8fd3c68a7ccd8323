using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Mednum49.Bot.Hosting;

public static class BotEndpoints
{
    public const string MessagesPath = "/api/messages";
    public const string HealthPath = "/healthz";

    /// <summary>Maps <c>POST /api/messages</c> (Bot Framework activities) and <c>GET /healthz</c>.</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        // Whatever fails outside a turn becomes a bare problem response: never a page with a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.MapPost(MessagesPath, (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        app.MapHealthChecks(HealthPath);
        return app;
    }
}
