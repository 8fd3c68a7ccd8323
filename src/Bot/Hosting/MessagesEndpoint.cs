using Mednum49.Bot.Adapters;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;

namespace Mednum49.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>, cheapest checks first, so that a request that cannot be served costs (almost) nothing:
/// <list type="number">
/// <item>with authentication on, no plausible <c>Authorization: Bearer …</c> header: 401, body unread;</item>
/// <item>a body larger than <see cref="MessageLimitsOptions.MaxRequestBodyBytes"/> (declared or streamed): 413, read
/// no further (Kestrel's per-request limit is lowered to it too);</item>
/// <item>not an activity (not JSON, no type), no absolute http(s) <c>serviceUrl</c>, no conversation id: 400;</item>
/// <item>a token the Bot Framework rejects, however malformed: 401, logged in one line (no stack trace);</item>
/// <item>the turn, through the adapter's middleware and bot; an invoke's response is written back.</item>
/// </list>
/// A client that goes away ends the request quietly: the turn sees the cancellation, and the error handler does not
/// apologise (see <see cref="TurnErrorHandler"/>). Nothing here answers 500 for a bad request.
/// </summary>
public sealed class MessagesEndpoint(
    BotHttpAdapter adapter,
    IBot bot,
    IOptions<BotFrameworkOptions> credentials,
    IOptions<MessageLimitsOptions> limits,
    ILogger<MessagesEndpoint> logger)
{
    private readonly bool _authenticationRequired = !credentials.Value.AuthenticationDisabled;
    private readonly long _maxBodyBytes = limits.Value.MaxRequestBodyBytes;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var cancellationToken = context.RequestAborted;
        string? authorization = request.Headers.Authorization;
        if (_authenticationRequired && !BearerHeader.IsPlausible(authorization))
        {
            logger.LogWarning("Refused a request to {Path} without a bearer token", request.Path);
            Reject(response, StatusCodes.Status401Unauthorized);
            return;
        }

        try
        {
            var activity = await ReadActivityAsync(context);
            if (activity is null)
            {
                return;
            }

            AuthenticateRequestResult authentication;
            try
            {
                authentication = await adapter.AuthenticateAsync(activity, authorization, cancellationToken);
            }
            catch (Exception e) when (IsInvalidToken(e))
            {
                logger.LogWarning("Refused a request to {Path}: invalid token ({Reason})", request.Path, e.GetType().Name);
                Reject(response, StatusCodes.Status401Unauthorized);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException && !cancellationToken.IsCancellationRequested)
            {
                // The signing keys could not be fetched: the token may be fine; the channel retries a 503.
                logger.LogWarning("Could not validate a token for {Path}: {Reason}", request.Path, e.Message);
                Reject(response, StatusCodes.Status503ServiceUnavailable);
                return;
            }

            var invokeResponse = await adapter.RunTurnAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);
            await HttpHelper.WriteResponseAsync(response, invokeResponse);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            // The client went away: there is nobody to answer.
            logger.LogInformation("Request to {Path} aborted by the client", request.Path);
        }
    }

    /// <summary>The activity of the request, or null when the response (413, 400) is already set.</summary>
    private async Task<Activity?> ReadActivityAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = _maxBodyBytes;
        }

        if (request.ContentLength > _maxBodyBytes)
        {
            RejectTooLarge(request, response);
            return null;
        }

        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, _maxBodyBytes));
        try
        {
            if (!await CopyAtMostAsync(request.Body, body, _maxBodyBytes, context.RequestAborted))
            {
                RejectTooLarge(request, response);
                return null;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            RejectTooLarge(request, response);
            return null;
        }

        Activity? activity;
        try
        {
            body.Position = 0;
            using var reader = new StreamReader(body);
            using var json = new JsonTextReader(reader);
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(json);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (ActivityProblem(activity) is { } problem)
        {
            logger.LogWarning("Refused a request to {Path}: {Problem}", request.Path, problem);
            Reject(response, StatusCodes.Status400BadRequest);
            return null;
        }

        return activity;
    }

    /// <summary>What makes the activity unusable (null when it is fine): the turn could not even be answered.</summary>
    internal static string? ActivityProblem(Activity? activity)
    {
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return "not an activity";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "no absolute http(s) serviceUrl";
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "no conversation id" : null;
    }

    // Copies until the end of the body, or stops (false) once more than max bytes came: the rest is never read.
    private static async Task<bool> CopyAtMostAsync(Stream source, MemoryStream target, long max, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (target.Length + read > max)
            {
                return false;
            }

            target.Write(buffer, 0, read);
        }

        return true;
    }

    // Token problems of every shape (missing, malformed, expired, wrong issuer or audience, bad signature).
    private static bool IsInvalidToken(Exception e) =>
        e is UnauthorizedAccessException or SecurityTokenException or ArgumentException or FormatException
            or JsonException or System.Text.Json.JsonException or System.Security.Cryptography.CryptographicException;

    private void RejectTooLarge(HttpRequest request, HttpResponse response)
    {
        logger.LogWarning("Refused a request to {Path}: body over {MaxBytes} bytes", request.Path, _maxBodyBytes);
        Reject(response, StatusCodes.Status413PayloadTooLarge);
        // The unread rest of the body is not worth draining: close the connection after this response.
        response.Headers.Connection = "close";
    }

    private static void Reject(HttpResponse response, int status)
    {
        response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }
    }
}
