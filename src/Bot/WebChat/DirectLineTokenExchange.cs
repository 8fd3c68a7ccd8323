using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Mednum49.Bot.Cards;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.WebChat;

/// <summary>
/// Azure mode: exchanges the Direct Line channel's secret for a token of one new conversation
/// (<c>POST {DirectLine:Endpoint}/tokens/generate</c>), bound to a user id drawn here (<c>dl_…</c>, the prefix the
/// service reserves for ids embedded in tokens, so the page cannot pose as someone else). The secret goes only to
/// the Direct Line API, in the Authorization header; the page gets the token.
/// </summary>
public sealed class DirectLineTokenExchange(HttpClient http, IOptions<DirectLineOptions> options, ILogger<DirectLineTokenExchange> logger) : IWebChatTokenSource
{
    public const string HttpClientName = "DirectLine";

    private const string UnresolvedKeyVaultReference = "@Microsoft.KeyVault(";

    public async Task<WebChatSession?> CreateSessionAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint.TrimEnd('/');
        if (settings.Secret?.StartsWith(UnresolvedKeyVaultReference, StringComparison.OrdinalIgnoreCase) == true)
        {
            // App Service leaves the reference itself in the setting when it cannot read the vault.
            logger.LogError("'DirectLine:Secret' is a Key Vault reference App Service could not resolve: check the identity's access to the vault, then restart the web app");
            return null;
        }

        var userId = "dl_" + RandomNumberGenerator.GetHexString(24, lowercase: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/tokens/generate")
        {
            Content = JsonContent.Create(new GenerateRequest(new GenerateUser(userId))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Secret);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Direct Line refused a token: {StatusCode} from {Endpoint}", (int)response.StatusCode, endpoint);
                return null;
            }

            var generated = await response.Content.ReadFromJsonAsync<GenerateResponse>(cancellationToken);
            if (string.IsNullOrEmpty(generated?.Token))
            {
                logger.LogWarning("Direct Line answered without a token from {Endpoint}", endpoint);
                return null;
            }

            return new WebChatSession(generated.Token, userId, generated.ConversationId, endpoint, WebSocket: true, generated.ExpiresIn, WelcomeCard.DefaultExamples);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not get a Direct Line token from {Endpoint}", endpoint);
            return null;
        }
    }

    private sealed record GenerateRequest([property: JsonPropertyName("user")] GenerateUser User);

    private sealed record GenerateUser([property: JsonPropertyName("id")] string Id);

    private sealed record GenerateResponse(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
