using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>
/// A loopback stand-in for an OpenAI-compatible service (Mistral, Albert, Ollama, vLLM…): Kestrel on 127.0.0.1 and a
/// port the system picks, answering <c>POST /v1/chat/completions</c> as the test says and recording every request.
/// Linked into Bot.Tests too, where the real executable talks to it.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new();
    private Func<RecordedRequest, FakeReply> _reply = _ => FakeReply.Error(HttpStatusCode.InternalServerError);

    private FakeChatCompletions(WebApplication app) => _app = app;

    /// <summary>The API's base URL, as <c>OpenAI:Endpoint</c> takes it: <c>http://127.0.0.1:&lt;port&gt;/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request received, in order (a retried call appears twice).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeChatCompletions> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeChatCompletions(app);
        app.MapPost("/v1/chat/completions", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First().TrimEnd('/') + "/v1");
        return fake;
    }

    /// <summary>Every request gets this reply (computed from the request, so it may quote the facts it was sent).</summary>
    public FakeChatCompletions Replies(Func<RecordedRequest, FakeReply> reply)
    {
        _reply = reply;
        return this;
    }

    public FakeChatCompletions Replies(FakeReply reply) => Replies(_ => reply);

    /// <summary>The first request gets the first reply, and so on; the last one is repeated (for the client's retry).</summary>
    public FakeChatCompletions RepliesInTurn(params FakeReply[] replies) =>
        Replies(_ => replies[Math.Min(Requests.Count, replies.Length) - 1]);

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
        var request = new RecordedRequest(context.Request.Path, context.Request.Headers.Authorization.FirstOrDefault(), body);
        FakeReply reply;
        lock (_requests)
        {
            _requests.Add(request);
            reply = _reply(request);
        }

        if (reply.Delay > TimeSpan.Zero)
        {
            // A model that is too slow: hold the request until the client gives up (or the test ends).
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(reply.Delay, waiting.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = (int)reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body, Encoding.UTF8);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>A chat-completions request as the service received it.</summary>
public sealed record RecordedRequest(string Path, string? Authorization, JsonObject Body)
{
    public string? Model => (string?)Body["model"];

    /// <summary>True for the understanding call (structured output), false for phrasing.</summary>
    public bool AsksForJson => Body["response_format"] is not null;

    public IReadOnlyList<(string Role, string Content)> Messages =>
        [.. (Body["messages"] as JsonArray ?? []).Select(m => ((string?)m?["role"] ?? "", Content(m?["content"])))];

    public string System => string.Join('\n', Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public string User => string.Join('\n', Messages.Where(m => m.Role == "user").Select(m => m.Content));

    /// <summary>The numbered facts of a phrasing request, in order: the text after "[n] " on each line of the block.</summary>
    public IReadOnlyList<string> Facts =>
        [.. User.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('[') && l.Contains("] ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("] ", StringComparison.Ordinal) + 2)..])];

    // The content of a message: a string, or an array of parts whose text parts are joined.
    private static string Content(JsonNode? content) => content switch
    {
        JsonValue value => (string?)value ?? "",
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"] ?? "")),
        _ => "",
    };
}

/// <summary>What the fake answers: a status, a body, and how long it waits first.</summary>
public sealed record FakeReply(HttpStatusCode Status, string Body, TimeSpan Delay = default)
{
    /// <summary>A chat completion whose message is <paramref name="content"/>, as OpenAI-compatible services send it.</summary>
    public static FakeReply Text(string content, string finishReason = "stop") => new(HttpStatusCode.OK, new JsonObject
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1767225600,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["finish_reason"] = finishReason,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 20, ["total_tokens"] = 140 },
    }.ToJsonString());

    public static FakeReply Json(object value) => Text(JsonSerializer.Serialize(value));

    public static FakeReply Error(HttpStatusCode status) =>
        new(status, new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = $"fake error {(int)status}", ["type"] = "server_error", ["code"] = $"{(int)status}" },
        }.ToJsonString());

    /// <summary>A 200 whose body is cut in the middle: not JSON.</summary>
    public static FakeReply Malformed() => new(HttpStatusCode.OK, """{"id":"chatcmpl-fake","object":"chat.completion","choices":[{"index":0,"message":{"role":"assis""");

    public static FakeReply Late(TimeSpan delay, string content) => Text(content) with { Delay = delay };
}
