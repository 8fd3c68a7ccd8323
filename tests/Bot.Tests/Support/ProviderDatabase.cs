using Mednum49.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// A fresh database of either provider, for contract tests that run the same scenarios on both:
/// <code>
/// [SkippableTheory]
/// [MemberData(nameof(ProviderDatabase.Providers), MemberType = typeof(ProviderDatabase))]
/// public async Task Something_holds(string provider)
/// {
///     await using var database = await ProviderDatabase.CreateAsync(provider);
///     var store = database.Create&lt;IFooStore&gt;(sqlite => new SqliteFooStore(sqlite), postgres => new PostgresFooStore(postgres));
/// </code>
/// SQLite: a file in a temporary folder. PostgreSQL: a schema of its own on <see cref="PostgresServer"/> (the test is
/// skipped locally without a server, and fails in CI).
/// </summary>
public sealed class ProviderDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly TempDatabase? _file;
    private readonly PostgresSchema? _schema;

    private ProviderDatabase(string provider, TempDatabase? file, PostgresSchema? schema)
    {
        Provider = provider;
        _file = file;
        _schema = schema;
    }

    public static TheoryData<string> Providers => [Sqlite, Postgres];

    public string Provider { get; }

    public bool IsPostgres => _schema is not null;

    /// <summary>The settings of a bot host (or CLI) on this database.</summary>
    public Dictionary<string, string?> Settings => _schema?.Settings ?? new()
    {
        ["Storage:Provider"] = Sqlite,
        ["Storage:DatabasePath"] = _file!.Path,
    };

    public static async Task<ProviderDatabase> CreateAsync(string provider) => provider switch
    {
        Sqlite => new ProviderDatabase(provider, new TempDatabase(), null),
        Postgres => new ProviderDatabase(provider, null, await PostgresServer.CreateSchemaAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
    };

    /// <summary>A store on this database, through a new connection pool each call (as a restarted process would).</summary>
    public T Create<T>(Func<SqliteDatabase, T> sqlite, Func<PostgresDatabase, T> postgres) =>
        _schema is not null ? postgres(_schema.Open()) : sqlite(_file!.Open());

    /// <summary>Runs SQL against the database directly (a scalar result), for checks a contract cannot express.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        if (_schema is not null)
        {
            await using var connection = await _schema.Open().OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync();
        }

        await using var file = await _file!.Open().OpenAsync();
        await using var query = file.CreateCommand();
        query.CommandText = sql;
        return await query.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }

        _file?.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
