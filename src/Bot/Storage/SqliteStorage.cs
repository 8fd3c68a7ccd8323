using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace Mednum49.Bot.Storage;

/// <summary>
/// The bot's <see cref="IStorage"/> (conversation and user state) in the embedded SQLite database, so that a restart
/// in the middle of a dialog resumes it. Values are serialised as the SDK's MemoryStorage does, and ETags behave as
/// in MemoryStorage 4.23.1: writing an <see cref="IStoreItem"/> over a stored item is refused with the same
/// <see cref="ArgumentException"/> ("Etag conflict.") unless its ETag is "*" or the stored one (so a null ETag
/// creates but never overwrites an item); every write of an item gets a new ETag. Other values (BotState's
/// dictionaries, JObjects) are last-write-wins. The check is one conditional SQL statement, so two processes cannot
/// both win; a batch is written in one transaction (all or nothing, where MemoryStorage stops midway).
/// Like every JSON store (and unlike MemoryStorage, which keeps its objects), an integer in an <c>object</c> slot
/// comes back as <see cref="long"/>, and a string never turns into a date.
/// </summary>
public sealed class SqliteStorage(SqliteDatabase database) : IStorage
{
    public const string Component = "bot-state";

    private const int KeysPerQuery = 500;

    internal static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE bot_state (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL,
            etag TEXT NULL,
            updated_utc TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    ];

    private readonly JsonSerializer _serializer = StateJson.CreateSerializer();

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var distinct = StateRows.DistinctKeys(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (distinct.Length == 0)
        {
            return items;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        foreach (var chunk in distinct.Chunk(KeysPerQuery))
        {
            await using var query = connection.CreateCommand();
            query.CommandText = $"SELECT key, value FROM bot_state WHERE key IN ({AddKeyParameters(query, chunk)});";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items[reader.GetString(0)] = StateRows.Deserialize(_serializer, reader.GetString(1));
            }
        }

        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        StateRows.WriteBatchAsync<SqliteConnection, SqliteTransaction>(changes, ct => database.OpenAsync(Component, Migrations, ct), WriteOneAsync, cancellationToken);

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var distinct = StateRows.DistinctKeys(keys);
        if (distinct.Length == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        foreach (var chunk in distinct.Chunk(KeysPerQuery))
        {
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM bot_state WHERE key IN ({AddKeyParameters(delete, chunk)});";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task WriteOneAsync(SqliteConnection connection, SqliteTransaction transaction, string key, object? value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$key", key);

        var write = StateRows.Prepare(_serializer, value);
        if (write is null)
        {
            command.CommandText = "DELETE FROM bot_state WHERE key = $key;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        command.Parameters.AddWithValue("$value", write.Json);
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        if (!write.IsChecked)
        {
            command.CommandText = """
                INSERT INTO bot_state (key, value, etag, updated_utc) VALUES ($key, $value, NULL, $now)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = NULL, updated_utc = excluded.updated_utc;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        // StateWrite's rule, evaluated by SQLite in the same statement as the write.
        command.CommandText = """
            INSERT INTO bot_state (key, value, etag, updated_utc) VALUES ($key, $value, $etag, $now)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_utc = excluded.updated_utc
            WHERE bot_state.etag IS NULL OR $expected = '*' OR bot_state.etag = $expected;
            """;
        command.Parameters.AddWithValue("$etag", write.NewETag);
        command.Parameters.AddWithValue("$expected", (object?)write.ExpectedETag ?? DBNull.Value);

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw StateRows.ETagConflict(write.ExpectedETag, await CurrentETagAsync(connection, transaction, key, cancellationToken));
        }
    }

    private static async Task<string?> CurrentETagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT etag FROM bot_state WHERE key = $key;";
        query.Parameters.AddWithValue("$key", key);
        return await query.ExecuteScalarAsync(cancellationToken) as string;
    }

    // Parameter names are generated ($k0, $k1…); the keys themselves are only ever bound as values.
    private static string AddKeyParameters(SqliteCommand command, string[] keys)
    {
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        return string.Join(", ", names);
    }
}
