using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mednum49.Bot.Tests.Hosting;

/// <summary>
/// A loopback connector that holds every reply until <see cref="Release"/>: a turn that posts to it stays in the
/// middle of its work, so a test can make the client give up at that moment.
/// </summary>
public sealed class GatedConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstReply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatedConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every activity the bot posted here, held or not.</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public static async Task<GatedConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var connector = new GatedConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            connector.Received.Enqueue(body);
            connector._firstReply.TrySetResult();
            try
            {
                await connector._gate.Task.WaitAsync(request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                connector._abandoned.TrySetResult();
                return Results.StatusCode(499);
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        connector.ServiceUrl = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Completes when the bot has posted its first reply here (and is waiting for the answer).</summary>
    public Task FirstReply => _firstReply.Task;

    /// <summary>Completes when the bot gave up a held reply (its turn was cancelled and it aborted the call).</summary>
    public Task Abandoned => _abandoned.Task;

    public void Release() => _gate.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
