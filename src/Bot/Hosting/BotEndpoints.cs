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

        // Limits, token and activity checked before any work: see MessagesEndpoint.
        app.MapPost(MessagesPath, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapHealthChecks(HealthPath);
        return app;
    }
}
