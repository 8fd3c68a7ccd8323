using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mednum49.Bot.Hosting;
using Mednum49.Bot.Tests.Support;
using Mednum49.Bot.WebChat;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// The page and its routes per mode: with <c>MicrosoftAppId</c> set the local Direct Line does not exist, and the page
/// exists only when <c>WebChat:Enabled</c>, on tokens exchanged with the Direct Line service (here a loopback fake).
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class WebChatModesTests
{
    private static Dictionary<string, string?> Authenticated(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1",
            ["MicrosoftAppPassword"] = "not-a-real-password",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000b2",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public async Task With_an_app_id_the_local_direct_line_and_connector_routes_do_not_exist(string? webChatEnabled)
    {
        await using var fake = await FakeDirectLineService.StartAsync();
        var settings = Authenticated(webChatEnabled is null ? null : new()
        {
            ["WebChat:Enabled"] = webChatEnabled,
            ["DirectLine:Secret"] = FakeDirectLineService.Secret,
            ["DirectLine:Endpoint"] = fake.Endpoint.ToString(),
        });
        await using var host = new BotHostFactory(environment: "Production", settings: settings);
        using var client = new HttpClient { BaseAddress = host.Start() };
        var activity = new { type = "message", text = "aide", from = new { id = "u" } };

        var routes = new List<HttpResponseMessage>
        {
            await client.PostAsJsonAsync("/v3/directline/conversations", new { }),
            await client.PostAsJsonAsync("/v3/directline/conversations/any/activities", activity),
            await client.GetAsync("/v3/directline/conversations/any/activities?watermark=0"),
            await client.PostAsJsonAsync("/v3/directline/tokens/refresh", new { }),
            await client.PostAsJsonAsync("/v3/conversations/any/activities", activity),
            await client.PostAsJsonAsync("/v3/conversations/any/activities/reply-1", activity),
        };

        Assert.All(routes, r => Assert.True(r.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized, $"{r.RequestMessage!.RequestUri}: {(int)r.StatusCode}"));
        // And /api/messages still wants a token.
        var messages = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.Unauthorized, messages.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_and_without_web_chat_enabled_there_is_no_page_and_no_token()
    {
        await using var host = new BotHostFactory(environment: "Production", settings: Authenticated());
        using var client = new HttpClient { BaseAddress = host.Start() };

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/webchat/token", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/webchat/app.js")).StatusCode);
    }

    [Fact]
    public async Task In_azure_mode_the_page_gets_a_token_exchanged_for_the_secret_bound_to_a_user_id_and_never_the_secret()
    {
        await using var fake = await FakeDirectLineService.StartAsync();
        await using var host = new BotHostFactory(environment: "Production", settings: Authenticated(new()
        {
            ["WebChat:Enabled"] = "true",
            ["DirectLine:Secret"] = FakeDirectLineService.Secret,
            ["DirectLine:Endpoint"] = fake.Endpoint.ToString(),
        }));
        using var client = new HttpClient { BaseAddress = host.Start() };

        var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FakeDirectLineService.Secret, text);
        var session = JsonNode.Parse(text)!;
        var (authorization, body) = Assert.Single(fake.Calls);
        Assert.Equal($"Bearer {FakeDirectLineService.Secret}", authorization);
        var userId = (string?)session["userId"];
        Assert.StartsWith("dl_", userId);
        Assert.Equal(userId, (string?)body["user"]!["id"]);
        Assert.Equal($"token-for-{userId}", (string?)session["token"]);
        Assert.Equal("fake-conversation-1", (string?)session["conversationId"]);
        Assert.Equal(fake.Endpoint.ToString().TrimEnd('/'), (string?)session["domain"]);
        Assert.True((bool)session["webSocket"]!);

        // Two pages, two users.
        var second = JsonNode.Parse(await (await client.PostAsync("/api/webchat/token", null)).Content.ReadAsStringAsync())!;
        Assert.NotEqual(userId, (string?)second["userId"]);

        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(FakeDirectLineService.Secret, await page.Content.ReadAsStringAsync());
        Assert.Contains(fake.Endpoint.GetLeftPart(UriPartial.Authority), page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task When_direct_line_refuses_the_page_gets_a_french_503_without_the_secret()
    {
        await using var fake = await FakeDirectLineService.StartAsync();
        fake.FailWith = 500;
        await using var host = new BotHostFactory(environment: "Production", settings: Authenticated(new()
        {
            ["WebChat:Enabled"] = "true",
            ["DirectLine:Secret"] = FakeDirectLineService.Secret,
            ["DirectLine:Endpoint"] = fake.Endpoint.ToString(),
        }));
        using var client = new HttpClient { BaseAddress = host.Start() };

        var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("La discussion n'est pas disponible", text);
        Assert.DoesNotContain(FakeDirectLineService.Secret, text);
        Assert.DoesNotContain("Exception", text);
    }

    [Fact]
    public async Task An_unresolved_key_vault_reference_is_never_sent_as_the_secret()
    {
        await using var fake = await FakeDirectLineService.StartAsync();
        await using var host = new BotHostFactory(environment: "Production", settings: Authenticated(new()
        {
            ["WebChat:Enabled"] = "true",
            ["DirectLine:Secret"] = "@Microsoft.KeyVault(VaultName=kv-mednum49;SecretName=directline-secret)",
            ["DirectLine:Endpoint"] = fake.Endpoint.ToString(),
        }));
        using var client = new HttpClient { BaseAddress = host.Start() };

        var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public void Web_chat_enabled_with_an_app_id_but_no_secret_stops_the_host()
    {
        using var host = new BotHostFactory(environment: "Production", settings: Authenticated(new() { ["WebChat:Enabled"] = "true" }));

        Assert.ThrowsAny<Exception>(() => host.Start());
    }

    [Theory]
    [InlineData(null, null, "'DirectLine:Secret'")]
    [InlineData("s3cret", "http://directline.example.org/v3/directline", "'DirectLine:Endpoint'")]
    [InlineData("s3cret", "not a url", "'DirectLine:Endpoint'")]
    public void Azure_mode_without_a_secret_or_with_an_unsafe_endpoint_is_refused_naming_the_key(string? secret, string? endpoint, string key)
    {
        var validator = new WebChatOptionsValidator(
            Microsoft.Extensions.Options.Options.Create(new BotFrameworkOptions { MicrosoftAppId = "00000000-0000-0000-0000-0000000000a1" }),
            Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { Secret = secret, Endpoint = endpoint ?? DirectLineOptions.DefaultEndpoint }));

        var result = validator.Validate(null, new WebChatOptions { Enabled = true });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage);
    }

    [Fact]
    public void Invalid_credentials_are_left_to_their_own_validator_so_the_host_reports_one_configuration_error()
    {
        var credentials = new Moq.Mock<Microsoft.Extensions.Options.IOptions<BotFrameworkOptions>>();
        credentials.Setup(o => o.Value).Throws(new Microsoft.Extensions.Options.OptionsValidationException("", typeof(BotFrameworkOptions), ["'MicrosoftAppId' is not set"]));
        var validator = new WebChatOptionsValidator(credentials.Object, Microsoft.Extensions.Options.Options.Create(new DirectLineOptions()));

        Assert.True(validator.Validate(null, new WebChatOptions { Enabled = true }).Succeeded);
    }

    [Theory]
    [InlineData(true, "https://europe.directline.botframework.com/v3/directline")]
    [InlineData(true, "http://127.0.0.1:5000/v3/directline")]
    [InlineData(false, "ignored in local mode")]
    public void A_secret_with_an_https_or_loopback_endpoint_or_local_mode_is_accepted(bool appId, string endpoint)
    {
        var validator = new WebChatOptionsValidator(
            Microsoft.Extensions.Options.Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId ? "00000000-0000-0000-0000-0000000000a1" : "" }),
            Microsoft.Extensions.Options.Options.Create(new DirectLineOptions { Secret = appId ? "s3cret" : null, Endpoint = endpoint }));

        Assert.True(validator.Validate(null, new WebChatOptions { Enabled = true }).Succeeded);
    }

    [Theory]
    [InlineData(false, null, WebChatModeKind.Local)]
    [InlineData(false, false, WebChatModeKind.Off)]
    [InlineData(false, true, WebChatModeKind.Local)]
    [InlineData(true, null, WebChatModeKind.Off)]
    [InlineData(true, false, WebChatModeKind.Off)]
    [InlineData(true, true, WebChatModeKind.DirectLine)]
    public void The_mode_follows_the_app_id_and_web_chat_enabled(bool appId, bool? enabled, WebChatModeKind expected)
    {
        var botFramework = new BotFrameworkOptions { MicrosoftAppId = appId ? "00000000-0000-0000-0000-0000000000a1" : "" };

        Assert.Equal(expected, WebChatMode.Decide(botFramework, new WebChatOptions { Enabled = enabled }));
    }
}
