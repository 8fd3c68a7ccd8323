using Mednum49.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.WebChat;

/// <summary>Fails at start, naming the key: a page turned on in Azure mode needs the Direct Line secret and a sound endpoint.</summary>
internal sealed class WebChatOptionsValidator(IOptions<BotFrameworkOptions> botFramework, IOptions<DirectLineOptions> directLine)
    : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        var failures = new List<string>();
        if (options.MaxLocalConversations < 1)
        {
            failures.Add("'WebChat:MaxLocalConversations' must be at least 1.");
        }

        if (options.MaxLocalActivities < 10)
        {
            failures.Add("'WebChat:MaxLocalActivities' must be at least 10.");
        }

        if (options.LocalConversationIdle < TimeSpan.FromMinutes(1))
        {
            failures.Add("'WebChat:LocalConversationIdle' must be at least one minute (00:01:00).");
        }

        if (AuthenticatedMode(options))
        {
            var settings = directLine.Value;
            if (string.IsNullOrWhiteSpace(settings.Secret))
            {
                failures.Add("'WebChat:Enabled' is true and 'MicrosoftAppId' is set, so the page needs 'DirectLine:Secret' " +
                    "(a secret of the Azure Bot's Direct Line channel); or set 'WebChat:Enabled' to false.");
            }

            if (!IsAcceptableEndpoint(settings.Endpoint))
            {
                failures.Add($"'DirectLine:Endpoint' is '{settings.Endpoint}'; use the https address of the Direct Line 3.0 API, such as '{DirectLineOptions.DefaultEndpoint}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Credentials that fail their own validation are reported by it, once: not here again as an exception.
    private bool AuthenticatedMode(WebChatOptions options)
    {
        try
        {
            return WebChatMode.Decide(botFramework.Value, options) == WebChatModeKind.DirectLine;
        }
        catch (OptionsValidationException)
        {
            return false;
        }
    }

    // https, or http on this machine only (a test's stand-in for the Direct Line service): the secret never crosses a
    // network in clear text.
    private static bool IsAcceptableEndpoint(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
