using Mednum49.Bot.Storage;
using Npgsql;

namespace Mednum49.Bot.Cli;

/// <summary>A temporary schema for <c>notes bench --postgres</c>, dropped with everything in it when disposed.</summary>
internal sealed class PostgresBenchSchema : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _schema;

    private PostgresBenchSchema(string connectionString, string schema, PostgresDatabase database)
    {
        _connectionString = connectionString;
        _schema = schema;
        Database = database;
    }

    public PostgresDatabase Database { get; }

    public static async Task<PostgresBenchSchema> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var schema = "notes_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(connectionString, $"CREATE SCHEMA {schema};", cancellationToken);
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return new PostgresBenchSchema(connectionString, schema, new PostgresDatabase(NpgsqlDataSource.Create(builder.ConnectionString)));
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await ExecuteAsync(_connectionString, $"DROP SCHEMA IF EXISTS {_schema} CASCADE;", CancellationToken.None);
    }

    // The schema name is generated here (letters, digits, underscores): never user input.
    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
