using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// A loopback stand-in for a channel's Bot Connector service (what the Emulator does): the bot's replies are
/// POSTed to <c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>, and this server records them.
/// </summary>
public sealed class CaptureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<CapturedActivity> _received = Channel.CreateUnbounded<CapturedActivity>();

    private CaptureServer(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Everything the bot sent, in arrival order, for tests that look at all of it at the end (fault tests).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<CapturedActivity> All { get; } = new();

    /// <summary>Conversation members by user id, as the Bot Connector describes them (Teams: with <c>userPrincipalName</c>).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, JsonObject> Members { get; } = new();

    public static async Task<CaptureServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new CaptureServer(app);

        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpRequest request, string conversationId, string? replyToId) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) ?? new JsonObject();
            var captured = new CapturedActivity(request.Path, conversationId, replyToId, body.AsObject());
            server.All.Enqueue(captured);
            await server._received.Writer.WriteAsync(captured);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });

        // The bot asking who a member is (TeamsInfo.GetMemberAsync): the members a test declared, else 404.
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", (string conversationId, string userId) =>
            server.Members.TryGetValue(userId, out var member) ? Results.Content(member.ToJsonString(), "application/json") : Results.NotFound());

        // The bot replacing one of its messages (a Teams card updated in place).
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request, string conversationId, string activityId) =>
        {
            var body = await JsonNode.ParseAsync(request.Body) ?? new JsonObject();
            var captured = new CapturedActivity(request.Path, conversationId, activityId, body.AsObject(), HttpMethods.Put);
            server.All.Enqueue(captured);
            await server._received.Writer.WriteAsync(captured);
            return Results.Json(new { id = activityId });
        });

        await app.StartAsync();
        // After start, Urls holds the address Kestrel actually bound (the port chosen by the system).
        var address = app.Urls.First();
        server.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next activity the bot sent, or a failure after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<CapturedActivity> NextAsync(TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(cancellation.Token);
    }

    /// <summary>The next message the bot sent (typing indicators skipped).</summary>
    public async Task<CapturedActivity> NextMessageAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var activity = await NextAsync(timeout);
            if (activity.Type == "message")
            {
                return activity;
            }
        }
    }

    /// <summary>
    /// The next message that is not the welcome (typing indicators skipped): the bot greets a user or a group it never
    /// welcomed before its first answer there.
    /// </summary>
    public async Task<CapturedActivity> NextAnswerAsync(TimeSpan? timeout = null)
    {
        while (true)
        {
            var message = await NextMessageAsync(timeout);
            if (!message.IsWelcome)
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <param name="ReplyToId">The activity replied to; for an update (<paramref name="Method"/> PUT), the activity replaced.</param>
public sealed record CapturedActivity(string Path, string ConversationId, string? ReplyToId, JsonObject Body, string Method = "POST")
{
    public string? Type => (string?)Body["type"];

    public string? Text => (string?)Body["text"];

    /// <summary>The text of a Slack reply (a native Slack message in <c>channelData</c>).</summary>
    public string? SlackText => (string?)Body["channelData"]?["text"];

    /// <summary>The welcome, whatever the channel: the card's summary, or the text's first line.</summary>
    public bool IsWelcome =>
        (string?)Body["summary"] == Mednum49.Bot.Cards.WelcomeCard.Title
        || (Text ?? SlackText ?? "").Contains(Mednum49.Bot.Cards.WelcomeCard.Title, StringComparison.Ordinal);
}
