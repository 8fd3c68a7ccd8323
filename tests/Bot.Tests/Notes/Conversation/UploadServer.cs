using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>
/// A loopback stand-in for the OneDrive upload session Teams hands the bot when a user accepts a file: records each
/// PUT (path, Content-Range, bytes) and answers with <see cref="Status"/>.
/// </summary>
public sealed class UploadServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UploadServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Status { get; set; } = StatusCodes.Status201Created;

    public ConcurrentQueue<Upload> Uploads { get; } = new();

    public static async Task<UploadServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new UploadServer(app);
        app.MapPut("/upload/{name}", async (HttpRequest request, string name) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            server.Uploads.Enqueue(new Upload(name, request.Headers.ContentRange.ToString(), request.ContentLength, body.ToArray()));
            return Results.StatusCode(server.Status);
        });
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record Upload(string Name, string ContentRange, long? ContentLength, byte[] Content);
