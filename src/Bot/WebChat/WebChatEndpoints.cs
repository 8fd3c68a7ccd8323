using Mednum49.Bot.WebChat.Local;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.WebChat;

/// <summary>
/// The page (<c>GET /</c>, <c>wwwroot/index.html</c>), its files (<c>/webchat/…</c>: the vendored Web Chat bundle, the
/// page's script and style), the token endpoint (<c>POST /api/webchat/token</c>) and, in local mode, the local Direct
/// Line. When the mode is <see cref="WebChatModeKind.Off"/> all of them answer 404.
/// </summary>
public static class WebChatEndpoints
{
    public const string PagePath = "/";
    public const string TokenPath = "/api/webchat/token";
    public const string AssetsPath = "/webchat";

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(AssetsPath),
            assets => assets
                .Use((context, next) => context.RequestServices.GetRequiredService<WebChatMode>().PageEnabled ? next(context) : NotFoundAsync(context))
                .UseStaticFiles());

        app.MapGet(PagePath, ServePage).AddEndpointFilter(PageOnly);
        app.MapPost(TokenPath, CreateSessionAsync).AddEndpointFilter(PageOnly);
        LocalDirectLineEndpoints.Map(app);
        return app;
    }

    private static IResult ServePage(HttpContext context, IWebHostEnvironment environment, WebChatMode mode, IOptions<DirectLineOptions> directLine)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!page.Exists)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(mode.Kind == WebChatModeKind.DirectLine ? directLine.Value.Endpoint : null);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache";
        return Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8");
    }

    private static async Task<IResult> CreateSessionAsync(HttpContext context, IWebChatTokenSource tokens, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var session = await tokens.CreateSessionAsync(cancellationToken);
        return session is null
            ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "La discussion n'est pas disponible pour le moment.")
            : Results.Json(session);
    }

    /// <summary>
    /// Scripts from the app only; styles inline too (Web Chat styles its elements at run time); the Direct Line API
    /// (HTTPS and its WebSocket stream) in Azure mode, the app itself in local mode.
    /// </summary>
    public static string ContentSecurityPolicy(string? directLineEndpoint)
    {
        var connect = "'self'";
        if (Uri.TryCreate(directLineEndpoint, UriKind.Absolute, out var endpoint))
        {
            var socketScheme = endpoint.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
            connect += $" {endpoint.GetLeftPart(UriPartial.Authority)} {socketScheme}://{endpoint.Authority}";
        }

        return $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"media-src 'self' data: blob:; font-src 'self' data:; connect-src {connect}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    private static ValueTask<object?> PageOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<WebChatMode>().PageEnabled
            ? next(context)
            : ValueTask.FromResult<object?>(Results.NotFound());

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
