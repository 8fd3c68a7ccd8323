using Microsoft.Bot.Builder;
using Newtonsoft.Json;
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
        var distinct = StateRows.DistinctKeys(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (distinct.Length == 0)
        {
            return items;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var query = new NpgsqlCommand("SELECT key, value FROM bot_state WHERE key = ANY(@keys);", connection);
        query.Parameters.Add(Keys(distinct));
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items[reader.GetString(0)] = StateRows.Deserialize(_serializer, reader.GetString(1));
        }

        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        StateRows.WriteBatchAsync<NpgsqlConnection, NpgsqlTransaction>(changes, ct => database.OpenAsync(Component, Migrations, ct), WriteOneAsync, cancellationToken);

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var distinct = StateRows.DistinctKeys(keys);
        if (distinct.Length == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var delete = new NpgsqlCommand("DELETE FROM bot_state WHERE key = ANY(@keys);", connection);
        delete.Parameters.Add(Keys(distinct));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task WriteOneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, object? value, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        command.Parameters.AddWithValue("key", key);

        var write = StateRows.Prepare(_serializer, value);
        if (write is null)
        {
            command.CommandText = "DELETE FROM bot_state WHERE key = @key;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        command.Parameters.AddWithValue("value", write.Json);
        if (!write.IsChecked)
        {
            command.CommandText = """
                INSERT INTO bot_state (key, value, etag, updated_utc) VALUES (@key, @value, NULL, now())
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = NULL, updated_utc = excluded.updated_utc;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        // StateWrite's rule in the statement that writes.
        command.CommandText = """
            INSERT INTO bot_state (key, value, etag, updated_utc) VALUES (@key, @value, @etag, now())
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_utc = excluded.updated_utc
            WHERE bot_state.etag IS NULL OR @expected = '*' OR bot_state.etag = @expected;
            """;
        command.Parameters.AddWithValue("etag", write.NewETag);
        command.Parameters.Add(new NpgsqlParameter("expected", NpgsqlDbType.Text) { Value = (object?)write.ExpectedETag ?? DBNull.Value });

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            await using var current = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key = @key;", connection, transaction);
            current.Parameters.AddWithValue("key", key);
            throw StateRows.ETagConflict(write.ExpectedETag, await current.ExecuteScalarAsync(cancellationToken) as string);
        }
    }

    private static NpgsqlParameter Keys(string[] keys) => new("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys };
}
