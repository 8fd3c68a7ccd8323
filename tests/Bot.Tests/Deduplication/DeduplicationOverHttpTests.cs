using System.Net.Http.Json;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Deduplication;

/// <summary>The real host, as Teams sees it: a retried POST of the same activity gets no second answer.</summary>
[Collection(RealHostCollection.Name)]
public sealed class DeduplicationOverHttpTests : RealHostTests
{

    [Fact]
    public async Task The_same_payload_posted_twice_is_answered_once()
    {
        var payload = ActivityPayloads.EmulatorMessage(Channel.ServiceUrl, "Qui porte l'action B.6 ?", conversationId: "conv-dup", id: "teams-retry-1");
        var next = ActivityPayloads.EmulatorMessage(Channel.ServiceUrl, "Et l'action B.7 ?", conversationId: "conv-dup", id: "after-retry");

        // The retry may arrive while the first delivery is still being handled: post both at once.
        var responses = await Task.WhenAll(Client.PostAsJsonAsync("/api/messages", payload), Client.PostAsJsonAsync("/api/messages", payload));
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"POST answered {(int)r.StatusCode}"));
        // Each POST returns once its turn is over, so anything the duplicate said would be captured before this reply.
        Assert.True((await Client.PostAsJsonAsync("/api/messages", next)).IsSuccessStatusCode);

        Assert.Equal("teams-retry-1", (await Channel.NextAnswerAsync()).ReplyToId);
        Assert.Equal("after-retry", (await Channel.NextAnswerAsync()).ReplyToId);
    }
}
