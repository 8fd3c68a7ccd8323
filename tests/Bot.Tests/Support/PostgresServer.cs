using Mednum49.Bot.Storage;
using Npgsql;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// The real PostgreSQL server the tests use: <see cref="EnvironmentVariable"/>, else the loopback role and database
/// that <c>.ci/setup.d/20-postgres.sh</c> creates. Each test works in a schema of its own (<see cref="CreateSchemaAsync"/>),
/// so parallel test classes and other people's runs on the same server never meet. Without a server, a test calling
/// <see cref="Require"/> is skipped with the reason — except in CI (<c>CI=true</c>), where it fails.
/// Use <c>[SkippableFact]</c> / <c>[SkippableTheory]</c> on such tests.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "MEDNUM49_TEST_POSTGRES";

    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Database=mednum49_test;Username=mednum49_test;Password=mednum49_test";

    private static readonly Lazy<string?> WhyUnavailable = new(Probe);

    /// <summary>The server's connection string (without a schema).</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>Skips the test when there is no server (fails it in CI).</summary>
    public static void Require()
    {
        if (WhyUnavailable.Value is not { } reason)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true and the PostgreSQL tests have no server: {reason} (.ci/setup.d/20-postgres.sh starts one).");
        }

        Skip.If(true, $"No PostgreSQL server: {reason}. Run .ci/setup.d/20-postgres.sh as root, or set {EnvironmentVariable}.");
    }

    /// <summary>A new empty schema, dropped with everything in it when disposed.</summary>
    public static async Task<PostgresSchema> CreateSchemaAsync()
    {
        Require();
        var name = "t_" + Guid.NewGuid().ToString("N");
        await PostgresSchema.ExecuteAsync(ConnectionString, $"CREATE SCHEMA {name};");
        return new PostgresSchema(name);
    }

    private static string? Probe()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 3, Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or ArgumentException)
        {
            return $"{new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString} ({e.Message})";
        }
    }
}

/// <summary>One test's schema on <see cref="PostgresServer"/>: what a process of the bot would connect to.</summary>
public sealed class PostgresSchema(string name) : IAsyncDisposable
{
    private readonly List<PostgresDatabase> _opened = [];

    public string Name { get; } = name;

    /// <summary>The connection string of this schema (search_path), with a small pool: many tests share one server.</summary>
    public string ConnectionString { get; } = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString)
    {
        SearchPath = name,
        MaxPoolSize = 20,
        ConnectionIdleLifetime = 10,
    }.ConnectionString;

    /// <summary>The settings of a bot host on this schema.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = ConnectionString,
    };

    /// <summary>A new <see cref="PostgresDatabase"/> (its own pool) each call, as a restarted process would open it.</summary>
    public PostgresDatabase Open()
    {
        var database = new PostgresDatabase(NpgsqlDataSource.Create(ConnectionString));
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        PostgresDatabase[] opened;
        lock (_opened)
        {
            opened = [.. _opened];
        }

        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }

        await ExecuteAsync(PostgresServer.ConnectionString, $"DROP SCHEMA IF EXISTS {Name} CASCADE;");
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
