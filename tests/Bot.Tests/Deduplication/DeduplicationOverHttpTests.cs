using System.Net.Http.Json;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Deduplication;

/// <summary>The real host, as Teams sees it: a retried POST of the same activity gets no second answer.</summary>
public sealed class DeduplicationOverHttpTests : IAsyncLifetime
{
    private readonly BotHostFactory _host = new();
    private CaptureServer _channel = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _channel = await CaptureServer.StartAsync();
        _client = new HttpClient { BaseAddress = _host.Start() };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task The_same_payload_posted_twice_is_answered_once()
    {
        var payload = ActivityPayloads.EmulatorMessage(_channel.ServiceUrl, "Qui porte l'action B.6 ?", conversationId: "conv-dup", id: "teams-retry-1");
        var next = ActivityPayloads.EmulatorMessage(_channel.ServiceUrl, "Et l'action B.7 ?", conversationId: "conv-dup", id: "after-retry");

        // The retry may arrive while the first delivery is still being handled: post both at once.
        var responses = await Task.WhenAll(_client.PostAsJsonAsync("/api/messages", payload), _client.PostAsJsonAsync("/api/messages", payload));
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"POST answered {(int)r.StatusCode}"));
        // Each POST returns once its turn is over, so anything the duplicate said would be captured before this reply.
        Assert.True((await _client.PostAsJsonAsync("/api/messages", next)).IsSuccessStatusCode);

        Assert.Equal("teams-retry-1", (await _channel.NextAnswerAsync()).ReplyToId);
        Assert.Equal("after-retry", (await _channel.NextAnswerAsync()).ReplyToId);
    }
}
