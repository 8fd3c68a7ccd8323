using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            await using var query = connection.CreateCommand();
            query.CommandText = $"SELECT key, value FROM bot_state WHERE key IN ({AddKeyParameters(query, chunk)});";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items[reader.GetString(0)] = Deserialize(reader.GetString(1));
            }
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        // BEGIN IMMEDIATE (the provider's default): the batch is atomic and writers queue up instead of failing.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            await WriteOneAsync(connection, transaction, key, value, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
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

        if (value is null)
        {
            // MemoryStorage keeps a null that reads as "no item" and carries no ETag: the same as no row.
            command.CommandText = "DELETE FROM bot_state WHERE key = $key;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var state = JObject.FromObject(value, _serializer);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        command.Parameters.AddWithValue("$now", now);

        if (!TryGetExpectedETag(value, out var expected))
        {
            command.CommandText = """
                INSERT INTO bot_state (key, value, etag, updated_utc) VALUES ($key, $value, NULL, $now)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = NULL, updated_utc = excluded.updated_utc;
                """;
            command.Parameters.AddWithValue("$value", state.ToString(Formatting.None));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var newETag = Guid.NewGuid().ToString("N");
        state["eTag"] = newETag;
        // Written only when there is no row, the stored row has no ETag, the caller says "*" or the caller's ETag
        // is the stored one: exactly MemoryStorage's rule, evaluated by SQLite in the same statement as the write.
        command.CommandText = """
            INSERT INTO bot_state (key, value, etag, updated_utc) VALUES ($key, $value, $etag, $now)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_utc = excluded.updated_utc
            WHERE bot_state.etag IS NULL OR $expected = '*' OR bot_state.etag = $expected;
            """;
        command.Parameters.AddWithValue("$value", state.ToString(Formatting.None));
        command.Parameters.AddWithValue("$etag", newETag);
        command.Parameters.AddWithValue("$expected", (object?)expected ?? DBNull.Value);

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            var current = await CurrentETagAsync(connection, transaction, key, cancellationToken);
            // Same type and message as MemoryStorage, so callers catch one thing whatever the storage.
            throw new ArgumentException($"Etag conflict.\r\n\r\nOriginal: {expected}\r\nCurrent: {current}");
        }
    }

    // Only IStoreItem values carry an ETag: MemoryStorage 4.23.1 neither checks nor stamps a JObject's "ETag".
    private static bool TryGetExpectedETag(object value, out string? expected)
    {
        expected = (value as IStoreItem)?.ETag;
        return value is IStoreItem;
    }

    private static async Task<string?> CurrentETagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT etag FROM bot_state WHERE key = $key;";
        query.Parameters.AddWithValue("$key", key);
        return await query.ExecuteScalarAsync(cancellationToken) as string;
    }

    private object Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return _serializer.Deserialize<object>(reader)!;
    }

    // Parameter names are generated ($k0, $k1…); the keys themselves are only ever bound as values.
    private static string AddKeyParameters(SqliteCommand command, string[] keys)
    {
        var names = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(keys[i]);
            names[i] = "$k" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], keys[i]);
        }

        return string.Join(", ", names);
    }
}
