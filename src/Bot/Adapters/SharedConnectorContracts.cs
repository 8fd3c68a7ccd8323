using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// Gives the turn's connector client one contract resolver shared by all turns. The SDK makes a connector client per
/// turn, each with a new resolver, so Newtonsoft resolved every type of every reply again by reflection (and emitted
/// new accessors) at each turn: a quarter of a turn's CPU in a profile. The resolver is the same type, and caches
/// contracts thread-safely.
/// </summary>
public sealed class SharedConnectorContracts : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly IContractResolver Shared = new ReadOnlyJsonContractResolver();

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.TurnState.Get<IConnectorClient>() is { } connector)
        {
            Share(connector.SerializationSettings);
            Share(connector.DeserializationSettings);
        }

        return next(cancellationToken);
    }

    private static void Share(Newtonsoft.Json.JsonSerializerSettings? settings)
    {
        if (settings?.ContractResolver is ReadOnlyJsonContractResolver)
        {
            settings.ContractResolver = Shared;
        }
    }
}
