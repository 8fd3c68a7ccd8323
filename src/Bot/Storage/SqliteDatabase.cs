using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Storage;

/// <summary>
/// The bot's embedded SQLite database: opens connections (creating the file on first use, in WAL mode so readers
/// never block the writer, or in DELETE mode on a network share where WAL cannot work: see <see cref="SqliteJournal"/>)
/// and applies each component's schema migrations exactly once.
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>Which migrations each component has had: the one table every component shares.</summary>
    private const string CreateMigrationsTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, version INTEGER NOT NULL, applied_utc TEXT NOT NULL, PRIMARY KEY (component, version));";

    private readonly string _connectionString;
    private readonly MigrationGate _migrations = new();
    private readonly string _firstPragmas;
    private readonly string _pragmas;
    private int _journalSet;

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment)
        : this(System.IO.Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath), options.Value.JournalMode)
    {
    }

    /// <param name="journalMode"><c>auto</c>, <c>wal</c> or <c>delete</c> (see <see cref="SqliteJournal.Resolve"/>).</param>
    public SqliteDatabase(string path, string journalMode = "auto")
    {
        Path = path;
        Journal = SqliteJournal.Resolve(journalMode, path, Environment.GetEnvironmentVariable);
        // WAL: NORMAL is durable enough (a crash loses no committed transaction, a power cut at most the last ones).
        // A rollback journal needs FULL to stay consistent after a power cut.
        _pragmas = Journal == SqliteJournalKind.Wal
            ? "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;"
            : "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
        _firstPragmas = $"PRAGMA journal_mode = {(Journal == SqliteJournalKind.Wal ? "WAL" : "DELETE")}; {_pragmas}";
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy database until this many seconds have passed.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>The journal this process uses on the file.</summary>
    public SqliteJournalKind Journal { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // The journal mode is a property of the file: set it once per process; the rest is per connection.
            var pragmas = Interlocked.Exchange(ref _journalSet, 1) == 0 ? _firstPragmas : _pragmas;
            await ExecuteAsync(connection, pragmas, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens a connection once <paramref name="component"/>'s tables are up to date: the migrations run on the first
    /// use in this process (a failure is retried on the next use), then it is only a connection.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(string component, IReadOnlyList<string> migrations, CancellationToken cancellationToken = default)
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
        await ExecuteAsync(connection, CreateMigrationsTable, cancellationToken);

        // BEGIN IMMEDIATE (the provider's default): a second process waits here instead of applying twice.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, component, cancellationToken);
        for (var version = current + 1; version <= migrations.Count; version++)
        {
            await ExecuteAsync(connection, migrations[version - 1], cancellationToken, transaction);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (component, version, applied_utc) VALUES ($component, $version, $applied);";
            record.Parameters.AddWithValue("$component", component);
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$applied", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The schema version of <paramref name="component"/> (0 when it has none yet).</summary>
    public async Task<int> SchemaVersionAsync(string component, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, CreateMigrationsTable, cancellationToken);
        return await CurrentVersionAsync(connection, null, component, cancellationToken);
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, string component, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE component = $component;";
        query.Parameters.AddWithValue("$component", component);
        return Convert.ToInt32(await query.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
