using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Storage;

/// <summary>
/// <c>/healthz</c>'s view of the database: one <c>SELECT 1</c> on a pooled connection of the configured provider,
/// bounded by <see cref="Timeout"/>. Unhealthy (503) when it fails, so App Service takes the instance out of rotation.
/// </summary>
public sealed class DatabaseHealthCheck(IOptions<StorageOptions> options, IServiceProvider services) : IHealthCheck
{
    public const string Name = "database";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = options.Value.ParsedProvider;
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        try
        {
            if (provider == StorageProvider.Postgres)
            {
                await using var connection = await services.GetRequiredService<PostgresDatabase>().OpenAsync(bounded.Token);
                await using var ping = new Npgsql.NpgsqlCommand("SELECT 1;", connection);
                await ping.ExecuteScalarAsync(bounded.Token);
            }
            else
            {
                await using var connection = await services.GetRequiredService<SqliteDatabase>().OpenAsync(bounded.Token);
                await using var ping = connection.CreateCommand();
                ping.CommandText = "SELECT 1;";
                await ping.ExecuteScalarAsync(bounded.Token);
            }

            return HealthCheckResult.Healthy(provider.ToString().ToLowerInvariant());
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{provider.ToString().ToLowerInvariant()} unreachable", failure);
        }
    }
}
