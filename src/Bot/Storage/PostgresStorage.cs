using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;

namespace Mednum49.Bot.Storage;

/// <summary>
/// The bot's <see cref="IStorage"/> in PostgreSQL: the same contract as <see cref="SqliteStorage"/> (MemoryStorage's
/// serialisation and ETag rules, checked by one conditional upsert, a batch in one transaction). Values are kept as
/// text, not jsonb: Newtonsoft needs its <c>$type</c> first, and jsonb reorders keys.
/// </summary>
public sealed class PostgresStorage(PostgresDatabase database) : IStorage
{
    public const string Component = SqliteStorage.Component;

    internal static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE bot_state (
            key TEXT NOT NULL PRIMARY KEY,
            value TEXT NOT NULL,
            etag TEXT NULL,
            updated_utc TIMESTAMPTZ NOT NULL
        );
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

        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var query = new NpgsqlCommand("SELECT key, value FROM bot_state WHERE key = ANY(@keys);", connection);
        query.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Distinct(StringComparer.Ordinal).ToArray() });
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items[reader.GetString(0)] = Deserialize(reader.GetString(1));
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
        // All or nothing: a conflict on one item rolls the batch back (the transaction is disposed uncommitted).
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
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

        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var delete = new NpgsqlCommand("DELETE FROM bot_state WHERE key = ANY(@keys);", connection);
        delete.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Distinct(StringComparer.Ordinal).ToArray() });
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task WriteOneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, object? value, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        command.Parameters.AddWithValue("key", key);

        if (value is null)
        {
            // MemoryStorage keeps a null that reads as "no item" and carries no ETag: the same as no row.
            command.CommandText = "DELETE FROM bot_state WHERE key = @key;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var state = JObject.FromObject(value, _serializer);
        if (value is not IStoreItem item)
        {
            // Only IStoreItem values carry an ETag: MemoryStorage 4.23.1 neither checks nor stamps a JObject's "ETag".
            command.CommandText = """
                INSERT INTO bot_state (key, value, etag, updated_utc) VALUES (@key, @value, NULL, now())
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = NULL, updated_utc = excluded.updated_utc;
                """;
            command.Parameters.AddWithValue("value", state.ToString(Formatting.None));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var newETag = Guid.NewGuid().ToString("N");
        state["eTag"] = newETag;
        // MemoryStorage's rule in the statement that writes: no row, a row without ETag, "*", or the stored ETag.
        command.CommandText = """
            INSERT INTO bot_state (key, value, etag, updated_utc) VALUES (@key, @value, @etag, now())
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_utc = excluded.updated_utc
            WHERE bot_state.etag IS NULL OR @expected = '*' OR bot_state.etag = @expected;
            """;
        command.Parameters.AddWithValue("value", state.ToString(Formatting.None));
        command.Parameters.AddWithValue("etag", newETag);
        command.Parameters.Add(new NpgsqlParameter("expected", NpgsqlDbType.Text) { Value = (object?)item.ETag ?? DBNull.Value });

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await using var current = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key = @key;", connection, transaction);
            current.Parameters.AddWithValue("key", key);
            // Same type and message as MemoryStorage, so callers catch one thing whatever the storage.
            throw new ArgumentException($"Etag conflict.\r\n\r\nOriginal: {item.ETag}\r\nCurrent: {await current.ExecuteScalarAsync(cancellationToken) as string}");
        }
    }

    private object Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return _serializer.Deserialize<object>(reader)!;
    }
}
