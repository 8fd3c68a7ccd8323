using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>
/// Reads a JSON object body of at most a given size: a larger body gets 413 before it is read whole, a malformed one
/// 400. Whatever the client sends, nothing but these two answers and the object come out.
/// </summary>
public static class BoundedJsonBody
{
    /// <summary>A browser's activity: text, a card's values, a few entities. The service itself allows about 256 KB.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>The bot's replies: cards, and the notes export's files inline (see NotesExportCommand.MaxInlineBytes).</summary>
    public const int MaxReplyBytes = 1024 * 1024;

    public static async Task<(JObject? Body, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length), Encoding.UTF8))
            {
                DateParseHandling = DateParseHandling.None,
                MaxDepth = 64,
            };
            return JToken.ReadFrom(reader) is JObject body && !await reader.ReadAsync(cancellationToken)
                ? (body, null)
                : (null, Results.BadRequest());
        }
        catch (JsonException)
        {
            return (null, Results.BadRequest());
        }
    }
}
