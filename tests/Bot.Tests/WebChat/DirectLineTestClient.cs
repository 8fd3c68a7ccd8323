using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// What Web Chat's Direct Line client does with polling, over real HTTP: a session from the page's token endpoint, then
/// the Direct Line 3.0 calls with its token.
/// </summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public string Token { get; set; } = "";

    public string ConversationId { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public string Watermark { get; private set; } = "";

    public async Task<JsonObject> CreateSessionAsync()
    {
        var response = await http.PostAsync("/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Token = (string)session["token"]!;
        ConversationId = (string)session["conversationId"]!;
        UserId = (string)session["userId"]!;
        return session;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return await http.SendAsync(request);
    }

    public async Task<JsonObject> StartAsync()
    {
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", new JsonObject { ["user"] = new JsonObject { ["id"] = "someone-else" }, ["locale"] = "fr-FR" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Token = (string)started["token"]!;
        return started;
    }

    public async Task<string> PostAsync(string text, JsonObject? extra = null)
    {
        var activity = extra ?? [];
        activity["type"] ??= "message";
        activity["text"] = text;
        activity["from"] ??= new JsonObject { ["id"] = UserId, ["name"] = "Vous", ["role"] = "user" };
        activity["locale"] = "fr-FR";
        var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>One poll: the activities after the current watermark, which then moves on.</summary>
    public async Task<IReadOnlyList<JsonObject>> PollAsync()
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Watermark = (string)page["watermark"]!;
        return [.. page["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    private readonly Queue<JsonObject> _unread = new();

    /// <summary>
    /// The next activity that matches, in order, polling as the client does; activities before it are skipped, those
    /// after it stay for the next call.
    /// </summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        var seen = new List<string>();
        while (true)
        {
            while (_unread.TryDequeue(out var activity))
            {
                if (match(activity))
                {
                    return activity;
                }

                seen.Add(activity.ToJsonString());
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No matching activity; seen: " + string.Join("\n", seen));
            }

            foreach (var activity in await PollAsync())
            {
                _unread.Enqueue(activity);
            }

            await Task.Delay(100);
        }
    }
}
