using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// Gives the turn's connector client contract resolvers shared by all turns. The SDK makes a connector client per
/// turn, each with a new resolver, so Newtonsoft resolved every type of every reply again by reflection (and emitted
/// and JIT-compiled new accessors) at each turn: about half of a turn's CPU under load. The shared resolver is of the
/// same type (4.23's client uses a plain <see cref="DefaultContractResolver"/>; older ones a
/// <see cref="ReadOnlyJsonContractResolver"/>), and caches contracts thread-safely. Any other resolver is left alone.
/// </summary>
public sealed class SharedConnectorContracts : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly Dictionary<Type, IContractResolver> Shared = new()
    {
        [typeof(DefaultContractResolver)] = new DefaultContractResolver(),
        [typeof(ReadOnlyJsonContractResolver)] = new ReadOnlyJsonContractResolver(),
    };

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
        if (settings?.ContractResolver is { } resolver && Shared.TryGetValue(resolver.GetType(), out var shared))
        {
            settings.ContractResolver = shared;
        }
    }
}
