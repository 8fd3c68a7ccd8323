using Mednum49.Bot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Deduplication;

public static class DeduplicationHostingExtensions
{
    /// <summary>
    /// Incoming activities are acted on once (options <c>Deduplication:*</c>), claims kept in the database (see ITurnClaimStore).
    /// Call it before any other middleware is registered: the adapters run middleware in registration order.
    /// </summary>
    public static IHostApplicationBuilder AddTurnDeduplication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeduplicationOptions>()
            .BindConfiguration(DeduplicationOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddStore<ITurnClaimStore, SqliteTurnClaimStore, PostgresTurnClaimStore>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnDeduplicationMiddleware>();
        return builder;
    }
}
