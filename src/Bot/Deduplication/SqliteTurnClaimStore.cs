using Mednum49.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Deduplication;

/// <summary>
/// Claims in their own table of the embedded database: one <c>INSERT … ON CONFLICT</c> decides, so concurrent
/// deliveries of one activity (several threads or processes) cannot both win. Expired claims are pruned on the way,
/// at most once per <see cref="PruneInterval"/>.
/// </summary>
public sealed class SqliteTurnClaimStore(SqliteDatabase database, IOptions<DeduplicationOptions> options, TimeProvider clock) : ITurnClaimStore
{
    public const string Component = "dedupe";

    internal static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE turn_claims (
            key TEXT NOT NULL PRIMARY KEY,
            claimed_unix_ms INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX turn_claims_by_time ON turn_claims (claimed_unix_ms);
        """,
    ];

    private long _nextPruneUnixMs;

    public static TimeSpan PruneInterval { get; } = TimeSpan.FromHours(1);

    private TimeSpan Retention => options.Value.Retention;

    public async Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();

        bool claimed;
        await using (var connection = await database.OpenAsync(Component, Migrations, cancellationToken))
        await using (var claim = connection.CreateCommand())
        {
            // A claim older than the retention period (not pruned yet) counts as free and is taken over.
            claim.CommandText = """
                INSERT INTO turn_claims (key, claimed_unix_ms) VALUES ($key, $now)
                ON CONFLICT (key) DO UPDATE SET claimed_unix_ms = excluded.claimed_unix_ms
                WHERE turn_claims.claimed_unix_ms < $cutoff;
                """;
            claim.Parameters.AddWithValue("$key", key);
            claim.Parameters.AddWithValue("$now", now);
            claim.Parameters.AddWithValue("$cutoff", now - (long)Retention.TotalMilliseconds);
            claimed = await claim.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        var due = Interlocked.Read(ref _nextPruneUnixMs);
        if (now >= due && Interlocked.CompareExchange(ref _nextPruneUnixMs, now + (long)PruneInterval.TotalMilliseconds, due) == due)
        {
            await PruneAsync(cancellationToken);
        }

        return claimed;
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var prune = connection.CreateCommand();
        prune.CommandText = "DELETE FROM turn_claims WHERE claimed_unix_ms < $cutoff;";
        prune.Parameters.AddWithValue("$cutoff", clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)Retention.TotalMilliseconds);
        return await prune.ExecuteNonQueryAsync(cancellationToken);
    }
}
