using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// The local Direct Line (local mode: Development, no <c>MicrosoftAppId</c>) over real HTTP, called as Web Chat's
/// client calls it; the bot's replies reach it through the connector routes, as they reach any channel.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class LocalDirectLineTests : RealHostTests
{
    private const string CoordinatorId = "6b1f0a52-3c1e-4d8a-9f3e-2a7c5d9e0b14";

    protected override BotHostFactory CreateHost() => new(settings: new()
    {
        // Lets the export test act as a coordinator through this channel (local testing only, as documented).
        ["Notes:IdentityChannels:0"] = "directline",
        ["Notes:Coordinators:0"] = CoordinatorId,
    });

    [Fact]
    public async Task A_started_conversation_gets_the_welcome_then_the_user_message_is_echoed_and_answered_with_a_card()
    {
        var client = new DirectLineTestClient(Client);
        var session = await client.CreateSessionAsync();
        Assert.Equal("/v3/directline", (string?)session["domain"]);
        Assert.False((bool)session["webSocket"]!);
        Assert.StartsWith("dl_", client.UserId);

        var started = await client.StartAsync();
        Assert.Equal(client.ConversationId, (string?)started["conversationId"]);
        var welcome = await client.WaitForAsync(a => (string?)a["summary"] == WelcomeCard.Title);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);

        var id = await client.PostAsync("Qui s'occupe du Bocage ?", new JsonObject { ["channelData"] = new JsonObject { ["clientActivityID"] = "client-1" } });

        Assert.StartsWith(client.ConversationId + "|", id);
        var echo = await client.WaitForAsync(a => (string?)a["id"] == id);
        // Web Chat marks its message as sent when it reads it back with its own client id.
        Assert.Equal("client-1", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        var reply = await client.WaitForAsync(a => (string?)a["type"] == "message" && (string?)a["replyToId"] == id);
        var expected = await Host.Services.GetRequiredService<IAnswerService>().AskAsync("Qui s'occupe du Bocage ?");
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardBuilder.ContentType, (string?)attachment["contentType"]);
        // The card as built, followed by the 👍/👎 row of the insights (docs/insights.md).
        var content = JObject.Parse(attachment["content"]!.ToJsonString());
        var feedback = ((JArray)content["body"]!).Last!;
        feedback.Remove();
        Assert.Equal(Mednum49.Bot.Insights.AnswerFeedback.DislikeTitle, (string?)feedback["actions"]![1]!["title"]);
        Assert.True(JToken.DeepEquals(AnswerCard.Create(expected, followUpButtons: false), content));
        var suggested = reply["suggestedActions"]!["actions"]!.AsArray().Select(a => (string?)a!["value"]).ToList();
        Assert.Equal(expected.FollowUps.Take(ReplyFactory.MaxSuggestedActions).Select(f => f.Query), suggested);
        Assert.Equal("directline", (string?)reply["channelId"]);
    }

    [Fact]
    public async Task The_watermark_returns_only_what_came_after_it()
    {
        var client = new DirectLineTestClient(Client);
        await client.CreateSessionAsync();
        await client.StartAsync();
        await client.WaitForAsync(a => (string?)a["summary"] == WelcomeCard.Title);
        var watermark = client.Watermark;

        var id = await client.PostAsync("aide");
        await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");

        var again = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark={watermark}");
        var activities = (await again.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
        Assert.Equal(id, (string?)activities[0]!["id"]);
        Assert.DoesNotContain(activities, a => (string?)a!["summary"] == WelcomeCard.Title);
    }

    [Fact]
    public async Task The_sender_is_the_user_bound_in_the_token_whatever_the_client_writes()
    {
        var client = new DirectLineTestClient(Client);
        await client.CreateSessionAsync();
        await client.StartAsync();

        var id = await client.PostAsync("aide", new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "Claire", ["role"] = "bot" },
            ["serviceUrl"] = "http://198.51.100.7/",
            ["conversation"] = new JsonObject { ["id"] = "another" },
        });

        var echo = await client.WaitForAsync(a => (string?)a["id"] == id);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("Claire", (string?)echo["from"]!["name"]);
        Assert.Equal(client.ConversationId, (string?)echo["conversation"]!["id"]);
        Assert.Null(echo["serviceUrl"]);
        // The bot answered in this conversation, through the host's own connector routes.
        await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");
    }

    [Fact]
    public async Task A_wrong_missing_or_other_conversations_token_gets_403_on_every_route()
    {
        var mine = new DirectLineTestClient(Client);
        await mine.CreateSessionAsync();
        await mine.StartAsync();
        var theirs = new DirectLineTestClient(Client);
        await theirs.CreateSessionAsync();
        var forged = mine.Token[..^4] + (mine.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        var activity = new JsonObject { ["type"] = "message", ["text"] = "aide" };

        foreach (var token in new[] { "", "not-a-token", forged, theirs.Token })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", token: token)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await mine.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{mine.ConversationId}/activities", activity, token)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}", token: token)).StatusCode);
        }

        foreach (var token in new[] { "", "not-a-token", forged })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await mine.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token: token)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await mine.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token: token)).StatusCode);
        }
    }

    [Fact]
    public async Task A_refreshed_token_opens_the_same_conversation()
    {
        var client = new DirectLineTestClient(Client);
        await client.CreateSessionAsync();
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refreshed = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, (string?)refreshed["conversationId"]);
        Assert.True((int)refreshed["expires_in"]! > 0);
        client.Token = (string)refreshed["token"]!;
        var id = await client.PostAsync("aide");
        await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");
    }

    [Fact]
    public async Task An_oversized_or_malformed_activity_is_refused_and_the_conversation_goes_on()
    {
        var client = new DirectLineTestClient(Client);
        await client.CreateSessionAsync();
        await client.StartAsync();
        var path = $"/v3/directline/conversations/{client.ConversationId}/activities";

        var huge = await client.SendAsync(HttpMethod.Post, path, new JsonObject { ["type"] = "message", ["text"] = new string('a', 300_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        using var malformed = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") };
        malformed.Headers.Authorization = new("Bearer", client.Token);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(malformed)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, path, new JsonObject { ["type"] = "invoke", ["name"] = "x" })).StatusCode);

        var id = await client.PostAsync("aide");
        await client.WaitForAsync(a => (string?)a["replyToId"] == id && (string?)a["type"] == "message");
    }

    [Fact]
    public async Task The_connector_routes_accept_replies_only_for_a_known_conversation()
    {
        var unknown = await Client.PostAsJsonAsync("/v3/conversations/nobody/activities", new { type = "message", text = "hello" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_notes_export_arrives_as_csv_and_markdown_download_links()
    {
        var client = new DirectLineTestClient(Client);
        await client.CreateSessionAsync();
        await client.StartAsync();
        var group = Host.Services.GetRequiredService<IWorkingGroupDirectory>().All()[0];
        var coordinator = new JsonObject { ["from"] = new JsonObject { ["id"] = client.UserId, ["aadObjectId"] = CoordinatorId } };

        var id = await client.PostAsync($"export {group.Title}", coordinator);

        var reply = await client.WaitForAsync(a => (string?)a["replyToId"] == id && a["attachments"] is JsonArray { Count: 2 });
        var files = reply["attachments"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["text/csv", "text/markdown"], files.Select(f => ((string?)f["contentType"])!.Split(';')[0]));
        Assert.All(files, f =>
        {
            Assert.StartsWith($"data:{(string?)f["contentType"]};base64,", (string?)f["contentUrl"]);
            Assert.StartsWith("notes-", (string?)f["name"]);
        });
    }

    [Fact]
    public async Task The_page_is_served_in_french_with_its_assets_and_a_content_security_policy()
    {
        var page = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("webchat/webchat.js", html);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self';", policy);
        foreach (var asset in new[] { "/webchat/webchat.js", "/webchat/app.js", "/webchat/site.css", "/webchat/webchat.js.LICENSE.txt" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(asset)).StatusCode);
        }
    }
}
