namespace Mednum49.Bot.Hosting;

/// <summary>
/// Whether an <c>Authorization</c> header can be a Bot Connector token at all (<c>Bearer</c> and a JWT: three
/// base64url segments). Checked before the body is read, so a request that cannot authenticate costs nothing; the
/// token itself is validated by the Bot Framework afterwards.
/// </summary>
public static class BearerHeader
{
    /// <summary>Real tokens are about 1–2 KB; anything far longer is not one.</summary>
    public const int MaxLength = 16 * 1024;

    private const string Scheme = "Bearer ";

    public static bool IsPlausible(string? header)
    {
        if (header is null || header.Length <= Scheme.Length || header.Length > MaxLength
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = header.AsSpan(Scheme.Length).Trim();
        var segments = 0;
        foreach (var range in token.Split('.'))
        {
            segments++;
            var segment = token[range];
            // Header and payload cannot be empty; the signature of a signed token cannot either.
            if (segment.IsEmpty || !IsBase64Url(segment))
            {
                return false;
            }
        }

        return segments == 3;
    }

    private static bool IsBase64Url(ReadOnlySpan<char> segment)
    {
        foreach (var c in segment)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
