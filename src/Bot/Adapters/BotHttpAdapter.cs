using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// The Bot Framework HTTP adapter (real JWT authentication, connector client) with our middleware and error handler.
/// A subclass rather than a plain registration: CloudAdapter has two public constructors, which DI cannot choose between.
/// </summary>
public sealed class BotHttpAdapter : CloudAdapter
{
    public BotHttpAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<BotHttpAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var component in middleware)
        {
            Use(component);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>
    /// Runs a turn on an activity that did not come over <c>/api/messages</c> (the local Direct Line of the Web Chat
    /// page) through the same authentication as that endpoint: with no Authorization header, which is accepted only
    /// when authentication is disabled (no <c>MicrosoftAppId</c>).
    /// </summary>
    public Task<InvokeResponse> ProcessUnauthenticatedActivityAsync(Microsoft.Bot.Schema.Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ProcessActivityAsync(string.Empty, activity, callback, cancellationToken);
}
