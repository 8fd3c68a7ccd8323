using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mednum49.Bot.Storage;

/// <summary>
/// The bot's PostgreSQL database (<c>Storage:Provider=postgres</c>): one pooled <see cref="NpgsqlDataSource"/> for the
/// process, and each component's versioned migrations applied exactly once, even when several instances start at
/// once (a transaction-scoped advisory lock serialises them). The same shape as <see cref="SqliteDatabase"/>, so a
/// store is written twice with the same structure.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    // One lock id for every migration of this application (any schema of the database): migrations are rare and fast.
    private const long MigrationLockId = 0x4d65_646e_756d_3439; // "Mednum49"

    private const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, version INTEGER NOT NULL, applied_utc TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (component, version));";

    private readonly NpgsqlDataSource _dataSource;
    private readonly MigrationGate _migrations = new();

    public PostgresDatabase(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public PostgresDatabase(IOptions<StorageOptions> options, ILoggerFactory loggerFactory)
        : this(CreateDataSource(options.Value, ManagedIdentity, loggerFactory))
    {
    }

    /// <summary>Where it connects, without the password (for logs and messages).</summary>
    public string Description
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(_dataSource.ConnectionString);
            return $"{builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    /// <summary>
    /// The data source for <paramref name="options"/>: the connection string as given, or with
    /// <c>Storage:Authentication=managedidentity</c> an Entra access token of <paramref name="credential"/> as the
    /// password, polled by Npgsql and renewed before expiry (<see cref="EntraTokenPasswordProvider"/>).
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(StorageOptions options, Func<TokenCredential> credential, ILoggerFactory loggerFactory, TimeProvider? time = null)
    {
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        builder.UseLoggerFactory(loggerFactory);
        if (options.UsesManagedIdentity)
        {
            var tokens = new EntraTokenPasswordProvider(credential(), time ?? TimeProvider.System, loggerFactory.CreateLogger<EntraTokenPasswordProvider>());
            builder.UsePeriodicPasswordProvider(
                (_, cancellationToken) => tokens.GetPasswordAsync(cancellationToken),
                EntraTokenPasswordProvider.PollInterval,
                EntraTokenPasswordProvider.RetryInterval);
        }

        return builder.Build();
    }

    // The user-assigned identity named by AZURE_CLIENT_ID in Azure (as for Azure OpenAI), a developer's login locally.
    private static TokenCredential ManagedIdentity() => new DefaultAzureCredential(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"),
    });

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Opens a connection once <paramref name="component"/>'s tables are up to date: the migrations run on the first
    /// use in this process (a failure is retried on the next use), then it is only a connection.
    /// </summary>
    public async Task<NpgsqlConnection> OpenAsync(string component, IReadOnlyList<string> migrations, CancellationToken cancellationToken = default)
    {
        await _migrations.EnsureAsync(component, ct => MigrateAsync(component, migrations, ct), cancellationToken);
        return await OpenAsync(cancellationToken);
    }

    /// <summary>
    /// Brings <paramref name="component"/>'s tables to the last of <paramref name="migrations"/> (SQL scripts, in
    /// order, never edited once released: add a new one instead). Safe when several processes start at once.
    /// </summary>
    public async Task MigrateAsync(string component, IReadOnlyList<string> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Held until the commit: a second instance waits here, then finds the migrations applied.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockId});", cancellationToken);
        await ExecuteAsync(connection, transaction, CreateMigrationsTable, cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, component, cancellationToken);
        for (var version = current + 1; version <= migrations.Count; version++)
        {
            await ExecuteAsync(connection, transaction, migrations[version - 1], cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (component, version) VALUES (@component, @version);", connection, transaction);
            record.Parameters.AddWithValue("component", component);
            record.Parameters.AddWithValue("version", version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The schema version of <paramref name="component"/> (0 when it has none yet).</summary>
    public async Task<int> SchemaVersionAsync(string component, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockId});", cancellationToken);
        await ExecuteAsync(connection, transaction, CreateMigrationsTable, cancellationToken);
        var version = await CurrentVersionAsync(connection, transaction, component, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    private static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string component, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE component = @component;", connection, transaction);
        query.Parameters.AddWithValue("component", component);
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
