using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Hosting;

/// <summary>End to end over HTTP: the real host on a loopback port, replies captured where the channel would receive them.</summary>
[Collection(RealHostCollection.Name)]
public sealed class MessagesEndpointTests : RealHostTests
{

    [Fact]
    public async Task A_message_is_answered_at_the_reply_url_of_the_conversation()
    {
        var payload = ActivityPayloads.EmulatorMessage(Channel.ServiceUrl, "Qui porte l'action B.6 ?", conversationId: "conv-e2e", id: "activity-42");

        var response = await Client.PostAsJsonAsync("/api/messages", payload);

        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
        // A user never welcomed is greeted first, at the same reply URL.
        var welcome = await Channel.NextMessageAsync();
        Assert.True(welcome.IsWelcome, welcome.Body.ToJsonString());
        Assert.Equal("/v3/conversations/conv-e2e/activities/activity-42", welcome.Path);
        var reply = await Channel.NextMessageAsync();
        Assert.Equal("/v3/conversations/conv-e2e/activities/activity-42", reply.Path);
        Assert.Equal("activity-42", (string?)reply.Body["replyToId"]);
        // The Emulator renders Adaptive Cards: the answer is a card, exactly as built, and the client accepts it.
        var answer = await Host.Services.GetRequiredService<IAnswerService>().AskAsync("Qui porte l'action B.6 ?");
        var attachment = Assert.Single(reply.Body["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardBuilder.ContentType, (string?)attachment["contentType"]);
        // The Emulator shows suggested actions: the follow-ups are offered there rather than as card buttons.
        // …followed by the 👍/👎 row of the insights (docs/insights.md).
        var content = JObject.Parse(attachment["content"]!.ToJsonString());
        var feedback = ((JArray)content["body"]!).Last!;
        feedback.Remove();
        Assert.Equal(Mednum49.Bot.Insights.AnswerFeedback.DislikeTitle, (string?)feedback["actions"]![1]!["title"]);
        Assert.True(JToken.DeepEquals(AnswerCard.Create(answer, followUpButtons: false), content));
        Assert.NotEmpty(answer.FollowUps);
        var suggested = reply.Body["suggestedActions"]!["actions"]!.AsArray().Select(a => (string?)a!["value"]).ToList();
        Assert.Equal(answer.FollowUps.Take(ReplyFactory.MaxSuggestedActions).Select(f => f.Query), suggested);
        Assert.True((await AdaptiveCardsClient.CheckAsync(JToken.Parse(attachment["content"]!.ToJsonString()))).Valid);
    }

    [Fact]
    public async Task A_new_member_is_welcomed_in_french_with_the_welcome_card()
    {
        var update = ActivityPayloads.EmulatorMembersAdded(Channel.ServiceUrl, "conv-welcome");

        var response = await Client.PostAsJsonAsync("/api/messages", update);

        Assert.True(response.IsSuccessStatusCode);
        var welcome = await Channel.NextMessageAsync();
        Assert.Equal($"/v3/conversations/conv-welcome/activities/{update["id"]}", welcome.Path);
        Assert.Equal(WelcomeCard.Title, (string?)welcome.Body["summary"]);
        var card = JToken.Parse(Assert.Single(welcome.Body["attachments"]!.AsArray())!["content"]!.ToJsonString());
        Assert.True(JToken.DeepEquals(WelcomeCard.Create(), card));
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("[1,2,3]")]
    public async Task A_malformed_body_gets_a_client_error_without_a_stack_trace(string body)
    {
        var response = await Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        var status = (int)response.StatusCode;
        Assert.InRange(status, 400, 499);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task The_health_endpoint_answers_healthy()
    {
        var response = await Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

[Collection(RealHostCollection.Name)]
public sealed class FailClosedTests
{
    [Fact]
    public async Task A_production_host_without_app_id_exits_with_a_message_naming_the_key()
    {
        // The real executable, as an operator starts it: the message must be readable, not an exception dump.
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["MicrosoftAppId"] = "";

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var lastLine = (await stderr).TrimEnd().Split('\n')[^1];
        Assert.StartsWith("Configuration error:", lastLine);
        Assert.Contains("'MicrosoftAppId'", lastLine);
        Assert.Contains("'Bot:AllowUnauthenticated'", lastLine);
        Assert.DoesNotContain("Healthy", await stdout);
    }

    [Fact]
    public void A_production_host_without_app_id_does_not_start_under_the_test_host_either()
    {
        using var host = new BotHostFactory(environment: "Production");

        Assert.ThrowsAny<Exception>(() => host.Start());
    }

    [Fact]
    public async Task A_production_host_may_run_unauthenticated_only_when_explicitly_allowed()
    {
        await using var host = new BotHostFactory(environment: "Production", settings: new() { ["Bot:AllowUnauthenticated"] = "true" });
        using var client = new HttpClient { BaseAddress = host.Start() };

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
