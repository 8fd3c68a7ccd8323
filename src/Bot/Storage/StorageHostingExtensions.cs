using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Storage;

public static class StorageHostingExtensions
{
    /// <summary>
    /// The database everything stored lives in (options <c>Storage:*</c>, validated at start): the embedded SQLite
    /// file (<c>Storage:DatabasePath</c>) or PostgreSQL (<c>Storage:Provider=postgres</c>,
    /// <c>Storage:ConnectionString</c>). Each stored thing is then registered with <see cref="AddStore"/>. The health
    /// check <c>database</c> (on <c>/healthz</c>) runs <c>SELECT 1</c> on it.
    /// </summary>
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        // Both are registered; only the configured one is ever resolved (and a PostgreSQL pool only then created).
        builder.Services.TryAddSingleton<SqliteDatabase>();
        builder.Services.TryAddSingleton<PostgresDatabase>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name);
        return builder;
    }

    /// <summary>The former name of <see cref="AddDatabase"/> (kept: the database is no longer always embedded).</summary>
    public static IHostApplicationBuilder AddEmbeddedDatabase(this IHostApplicationBuilder builder) => builder.AddDatabase();

    /// <summary>
    /// Registers a stored thing's contract <typeparamref name="TContract"/> as a singleton implemented by
    /// <typeparamref name="TSqlite"/> or <typeparamref name="TPostgres"/>, as <c>Storage:Provider</c> says (read when
    /// the store is first needed, so test settings apply). Unless a <typeparamref name="TContract"/> is already there.
    /// See docs/architecture.md, "Storage", for the pattern.
    /// </summary>
    public static IServiceCollection AddStore<TContract, TSqlite, TPostgres>(this IServiceCollection services)
        where TContract : class
        where TSqlite : class, TContract
        where TPostgres : class, TContract
    {
        services.TryAddSingleton<TContract>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.ParsedProvider == StorageProvider.Postgres
                ? ActivatorUtilities.CreateInstance<TPostgres>(provider)
                : ActivatorUtilities.CreateInstance<TSqlite>(provider));
        return services;
    }
}
