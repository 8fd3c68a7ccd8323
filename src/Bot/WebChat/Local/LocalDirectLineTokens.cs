using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>What a local Direct Line token grants: one conversation, for one user, until it expires.</summary>
public sealed record LocalDirectLineGrant(string ConversationId, string UserId, DateTimeOffset Expires);

/// <summary>
/// Tokens of the local Direct Line: JWTs signed with HMAC-SHA256 under a key drawn when the process starts (a restart
/// forgets the conversations anyway). Shaped like the service's own tokens, with a <c>user</c> claim, because the
/// Direct Line client reads the user id bound in the token and then leaves activities' <c>from.id</c> alone.
/// </summary>
public sealed class LocalDirectLineTokens(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private const string Issuer = "mednum49-local-directline";
    private static readonly string Header = Base64Url("""{"alg":"HS256","typ":"JWT"}""");

    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Issue(string conversationId, string userId)
    {
        var now = clock.GetUtcNow();
        var payload = new JObject
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(Lifetime).ToUnixTimeSeconds(),
        };
        var unsigned = $"{Header}.{Base64Url(payload.ToString(Newtonsoft.Json.Formatting.None))}";
        return $"{unsigned}.{WebEncoders.Base64UrlEncode(Sign(unsigned))}";
    }

    /// <summary>The grant of a token this process issued and that has not expired; otherwise <see langword="null"/>.</summary>
    public LocalDirectLineGrant? Validate(string? token)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return null;
        }

        byte[] signature;
        JObject payload;
        try
        {
            signature = WebEncoders.Base64UrlDecode(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign($"{parts[0]}.{parts[1]}")))
            {
                return null;
            }

            payload = JObject.Parse(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(parts[1])));
        }
        catch (Exception e) when (e is FormatException or Newtonsoft.Json.JsonException)
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds((long?)payload["exp"] ?? 0);
        return (string?)payload["iss"] == Issuer
            && payload["conv"]?.Type == JTokenType.String && payload["user"]?.Type == JTokenType.String
            && expires > clock.GetUtcNow()
            ? new LocalDirectLineGrant((string)payload["conv"]!, (string)payload["user"]!, expires)
            : null;
    }

    /// <summary>The bearer token of a request, or <see langword="null"/>.</summary>
    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private byte[] Sign(string text) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(text));

    private static string Base64Url(string json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json));
}
