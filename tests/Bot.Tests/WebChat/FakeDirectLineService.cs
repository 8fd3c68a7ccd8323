using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// A loopback stand-in for the Direct Line token API (<c>POST /v3/directline/tokens/generate</c>): records each call and
/// answers a token for the configured secret, as the service does (403 for another secret).
/// </summary>
public sealed class FakeDirectLineService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDirectLineService(WebApplication app) => _app = app;

    public const string Secret = "fake-direct-line-secret-0123456789";

    public Uri Endpoint { get; private set; } = null!;

    public ConcurrentQueue<(string? Authorization, JsonObject Body)> Calls { get; } = new();

    /// <summary>When set, every call gets this status instead of a token.</summary>
    public int? FailWith { get; set; }

    public static async Task<FakeDirectLineService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var fake = new FakeDirectLineService(app);
        app.MapPost("/v3/directline/tokens/generate", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))?.AsObject() ?? [];
            var authorization = request.Headers.Authorization.ToString();
            fake.Calls.Enqueue((authorization, body));
            if (fake.FailWith is { } status)
            {
                return Results.StatusCode(status);
            }

            return authorization == $"Bearer {Secret}"
                ? Results.Json(new { conversationId = "fake-conversation-1", token = $"token-for-{(string?)body["user"]?["id"]}", expires_in = 3600 })
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Urls.First().TrimEnd('/') + "/v3/directline");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
