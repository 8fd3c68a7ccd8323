using System.Globalization;
using System.Net;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>
/// The in-process subset of Direct Line 3.0 that Web Chat's client needs with polling (<c>webSocket: false</c>), and the
/// Bot Connector routes the bot replies to. Both exist only in local mode (no <c>MicrosoftAppId</c>): otherwise every one
/// of these routes answers 404, so they never open a way around authentication.
/// <list type="bullet">
/// <item><c>POST /v3/directline/conversations</c> — starts the token's conversation (the bot is told: members added).</item>
/// <item><c>GET /v3/directline/conversations/{id}?watermark=</c> — reconnects.</item>
/// <item><c>POST /v3/directline/conversations/{id}/activities</c> — the user's activity, echoed and handed to the bot.</item>
/// <item><c>GET /v3/directline/conversations/{id}/activities?watermark=</c> — what happened since the watermark.</item>
/// <item><c>POST /v3/directline/tokens/refresh</c> — a fresh token for the same conversation.</item>
/// <item><c>POST /v3/conversations/{id}/activities[/{replyToId}]</c> — the bot's replies (from this machine only).</item>
/// </list>
/// A missing, forged, expired or other conversation's token gets 403, as from the service.
/// </summary>
public static class LocalDirectLineEndpoints
{
    public const string DirectLinePath = "/v3/directline";

    public static void Map(IEndpointRouteBuilder app)
    {
        var directLine = app.MapGroup(DirectLinePath).AddEndpointFilter(LocalModeOnly);
        directLine.MapPost("/conversations", StartAsync);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapPost("/tokens/refresh", Refresh);

        var connector = app.MapGroup("/v3/conversations").AddEndpointFilter(LocalModeOnly).AddEndpointFilter(FromThisMachineOnly);
        connector.MapPost("/{conversationId}/activities", ReplyAsync);
        connector.MapPost("/{conversationId}/activities/{replyToId}", ReplyAsync);
    }

    /// <summary>Which token a request carries, and whether it opens <paramref name="conversationId"/> (any, when null).</summary>
    private static (LocalDirectLineGrant? Grant, LocalConversation? Conversation, IResult? Error) Authorize(HttpContext context, string? conversationId)
    {
        var grant = context.RequestServices.GetRequiredService<LocalDirectLineTokens>().Validate(LocalDirectLineTokens.BearerOf(context.Request));
        if (grant is null || (conversationId is not null && !string.Equals(grant.ConversationId, conversationId, StringComparison.Ordinal)))
        {
            return (null, null, Results.StatusCode(StatusCodes.Status403Forbidden));
        }

        var conversation = context.RequestServices.GetRequiredService<LocalConversationStore>().Find(grant.ConversationId);
        return conversation is null || conversation.UserId != grant.UserId
            ? (grant, null, Results.NotFound())
            : (grant, conversation, null);
    }

    private static async Task<IResult> StartAsync(HttpContext context, LocalChannel channel, LocalDirectLineTokens tokens)
    {
        var (_, conversation, error) = Authorize(context, null);
        if (conversation is null)
        {
            return error!;
        }

        if (conversation.MarkStarted())
        {
            // Before answering, so that the welcome is the first thing the client reads.
            await channel.SendToBotAsync(channel.ConversationStarted(conversation, ServiceUrlOf(context)));
        }

        return Json(ConversationJson(conversation, tokens), StatusCodes.Status201Created);
    }

    private static IResult Reconnect(HttpContext context, string conversationId, LocalDirectLineTokens tokens)
    {
        var (_, conversation, error) = Authorize(context, conversationId);
        return conversation is null ? error! : Json(ConversationJson(conversation, tokens));
    }

    private static async Task<IResult> PostActivityAsync(HttpContext context, string conversationId, LocalChannel channel, CancellationToken cancellationToken)
    {
        var (_, conversation, error) = Authorize(context, conversationId);
        if (conversation is null)
        {
            return error!;
        }

        var (posted, invalid) = await BoundedJsonBody.ReadAsync(context.Request, BoundedJsonBody.MaxActivityBytes, cancellationToken);
        if (posted is null)
        {
            return invalid!;
        }

        if (posted["type"] is not JValue { Type: JTokenType.String } type || !LocalChannel.ClientTypes.Contains((string)type!))
        {
            return Results.BadRequest();
        }

        var activity = channel.FromClient(posted, conversation, ServiceUrlOf(context));
        if ((string)type! == Microsoft.Bot.Schema.ActivityTypes.Typing)
        {
            // Nobody reads a user's typing here: acknowledged, neither kept nor handed on.
            return Json(new JObject { ["id"] = activity["id"] });
        }

        // Echoed first, as the service does: the client marks its message as sent when it reads it back.
        var echo = (JObject)activity.DeepClone();
        echo.Remove("serviceUrl");
        var id = conversation.Append(echo);
        activity["id"] = id;
        await channel.SendToBotAsync(activity);
        return Json(new JObject { ["id"] = id });
    }

    private static IResult GetActivities(HttpContext context, string conversationId, string? watermark)
    {
        var (_, conversation, error) = Authorize(context, conversationId);
        if (conversation is null)
        {
            return error!;
        }

        var from = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var (activities, next) = conversation.After(from);
        return Json(new JObject
        {
            ["activities"] = new JArray(activities),
            ["watermark"] = next.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static IResult Refresh(HttpContext context, LocalDirectLineTokens tokens)
    {
        var (_, conversation, error) = Authorize(context, null);
        return conversation is null ? error! : Json(ConversationJson(conversation, tokens, withWatermark: false));
    }

    private static async Task<IResult> ReplyAsync(HttpContext context, string conversationId, string? replyToId, LocalConversationStore store, LocalChannel channel, CancellationToken cancellationToken)
    {
        var conversation = store.Find(conversationId);
        if (conversation is null)
        {
            return Results.NotFound();
        }

        var (posted, invalid) = await BoundedJsonBody.ReadAsync(context.Request, BoundedJsonBody.MaxReplyBytes, cancellationToken);
        if (posted is null)
        {
            return invalid!;
        }

        var id = conversation.Append(channel.FromBot(posted, conversation, replyToId));
        return Json(new JObject { ["id"] = id });
    }

    private static JObject ConversationJson(LocalConversation conversation, LocalDirectLineTokens tokens, bool withWatermark = true)
    {
        var json = new JObject
        {
            ["conversationId"] = conversation.Id,
            ["token"] = tokens.Issue(conversation.Id, conversation.UserId),
            ["expires_in"] = (int)LocalDirectLineTokens.Lifetime.TotalSeconds,
        };
        if (withWatermark)
        {
            json["watermark"] = conversation.Watermark.ToString(CultureInfo.InvariantCulture);
        }

        return json;
    }

    /// <summary>
    /// The host itself, as the bot's <c>serviceUrl</c>: the address this connection reached (never the Host header a
    /// client chooses), so the bot's replies come back to this process.
    /// </summary>
    public static Uri ServiceUrlOf(HttpContext context)
    {
        var local = context.Connection.LocalIpAddress;
        if (local is null)
        {
            return new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
        }

        var host = local.IsIPv4MappedToIPv6 ? local.MapToIPv4().ToString() : local.ToString();
        var literal = local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !local.IsIPv4MappedToIPv6 ? $"[{host}]" : host;
        if (context.Request.IsHttps && IPAddress.IsLoopback(local))
        {
            // The development certificate names "localhost", not the loopback address.
            literal = "localhost";
        }

        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{context.Request.Scheme}://{literal}:{context.Connection.LocalPort}/"));
    }

    private static IResult Json(JObject body, int status = StatusCodes.Status200OK) =>
        Results.Content(body.ToString(Newtonsoft.Json.Formatting.None), "application/json", System.Text.Encoding.UTF8, status);

    private static ValueTask<object?> LocalModeOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<WebChatMode>().LocalDirectLine
            ? next(context)
            : ValueTask.FromResult<object?>(Results.NotFound());

    // The bot posts its replies from this process: a connection from another machine is not the bot.
    private static ValueTask<object?> FromThisMachineOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var connection = context.HttpContext.Connection;
        var remote = connection.RemoteIpAddress;
        var local = remote is null || IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress);
        return local ? next(context) : ValueTask.FromResult<object?>(Results.StatusCode(StatusCodes.Status403Forbidden));
    }
}
