using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Storage;

/// <summary>
/// What <see cref="SqliteStorage"/> and <see cref="PostgresStorage"/> share around their SQL: the argument checks,
/// MemoryStorage 4.23.1's serialisation and ETag rules (which values carry an ETag, the new one each write stamps, the
/// exception a conflict throws) and how a stored value is read back.
/// </summary>
internal static class StateRows
{
    /// <summary>The keys to read or delete, each once (none: nothing to do); throws on a null key, as MemoryStorage would.</summary>
    public static string[] DistinctKeys(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Writes a batch in one transaction, each item by <paramref name="writeOne"/>: all or nothing (a conflict on one
    /// item rolls the batch back: the transaction is disposed uncommitted), where MemoryStorage stops midway.
    /// </summary>
    public static async Task WriteBatchAsync<TConnection, TTransaction>(
        IDictionary<string, object> changes,
        Func<CancellationToken, Task<TConnection>> open,
        Func<TConnection, TTransaction, string, object?, CancellationToken, Task> writeOne,
        CancellationToken cancellationToken)
        where TConnection : DbConnection
        where TTransaction : DbTransaction
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await using var connection = await open(cancellationToken);
        // SQLite: BEGIN IMMEDIATE (the provider's default), so writers queue up instead of failing.
        await using var transaction = (TTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            await writeOne(connection, transaction, key, value, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// How <paramref name="value"/> is written: null for a null value (MemoryStorage keeps a null that reads as "no
    /// item" and carries no ETag: the same as no row), else its JSON and, for an <see cref="IStoreItem"/> only, the new
    /// ETag stamped in it and the ETag the caller expects (MemoryStorage neither checks nor stamps a JObject's "ETag").
    /// </summary>
    public static StateWrite? Prepare(JsonSerializer serializer, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var state = JObject.FromObject(value, serializer);
        if (value is not IStoreItem item)
        {
            return new StateWrite(state.ToString(Formatting.None), NewETag: null, ExpectedETag: null);
        }

        var newETag = Guid.NewGuid().ToString("N");
        state["eTag"] = newETag;
        return new StateWrite(state.ToString(Formatting.None), newETag, item.ETag);
    }

    /// <summary>Same type and message as MemoryStorage, so callers catch one thing whatever the storage.</summary>
    public static ArgumentException ETagConflict(string? expected, string? current) =>
        new($"Etag conflict.\r\n\r\nOriginal: {expected}\r\nCurrent: {current}");

    public static object Deserialize(JsonSerializer serializer, string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return serializer.Deserialize<object>(reader)!;
    }
}

/// <summary>
/// A value as written: its JSON, and for an item that carries an ETag the new one and the one expected (null: create
/// only; "*": any). An item is written only when there is no row, the stored row has no ETag, or the expected ETag
/// allows it: MemoryStorage's rule, evaluated by the database in the statement that writes.
/// </summary>
internal sealed record StateWrite(string Json, string? NewETag, string? ExpectedETag)
{
    [MemberNotNullWhen(true, nameof(NewETag))]
    public bool IsChecked => NewETag is not null;
}
