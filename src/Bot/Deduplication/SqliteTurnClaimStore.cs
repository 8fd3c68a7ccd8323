using Mednum49.Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Deduplication;

/// <summary>
/// Claims in their own table of the embedded database: one <c>INSERT … ON CONFLICT</c> decides, so concurrent
/// deliveries of one activity (several threads or processes) cannot both win. <c>state</c> is 0 while the turn runs
/// and 1 once it is done; <c>claimed_unix_ms</c> is when it entered that state. Lapsed claims are pruned on the way,
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

        // 2: in progress (0) or done (1), and the holder's token. Claims taken before count as done.
        """
        ALTER TABLE turn_claims ADD COLUMN state INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE turn_claims ADD COLUMN token TEXT NULL;
        """,
    ];

    private long _nextPruneUnixMs;

    public static TimeSpan PruneInterval { get; } = TimeSpan.FromHours(1);

    public async Task<TurnClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var won = TurnClaim.NewWon(key);

        TurnClaim result;
        await using (var connection = await database.OpenAsync(Component, Migrations, cancellationToken))
        {
            await using var claim = connection.CreateCommand();
            // A lapsed claim (done past the retention, in progress past the lease) counts as free and is taken over.
            claim.CommandText = """
                INSERT INTO turn_claims (key, claimed_unix_ms, state, token) VALUES ($key, $now, 0, $token)
                ON CONFLICT (key) DO UPDATE SET claimed_unix_ms = excluded.claimed_unix_ms, state = 0, token = excluded.token
                WHERE (turn_claims.state = 1 AND turn_claims.claimed_unix_ms < $doneCutoff)
                   OR (turn_claims.state = 0 AND turn_claims.claimed_unix_ms < $leaseCutoff);
                """;
            claim.Parameters.AddWithValue("$key", key);
            claim.Parameters.AddWithValue("$now", now);
            claim.Parameters.AddWithValue("$token", won.Token);
            AddCutoffs(claim, now);
            result = await claim.ExecuteNonQueryAsync(cancellationToken) == 1 ? won : await HeldAsync(connection, key, cancellationToken);
        }

        var due = Interlocked.Read(ref _nextPruneUnixMs);
        if (now >= due && Interlocked.CompareExchange(ref _nextPruneUnixMs, now + (long)PruneInterval.TotalMilliseconds, due) == due)
        {
            await PruneAsync(cancellationToken);
        }

        return result;
    }

    public async Task CompleteAsync(TurnClaim claim, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var complete = connection.CreateCommand();
        complete.CommandText = "UPDATE turn_claims SET state = 1, claimed_unix_ms = $now WHERE key = $key AND token = $token;";
        complete.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        complete.Parameters.AddWithValue("$key", claim.Key);
        complete.Parameters.AddWithValue("$token", (object?)claim.Token ?? DBNull.Value);
        await complete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(TurnClaim claim, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var release = connection.CreateCommand();
        release.CommandText = "DELETE FROM turn_claims WHERE key = $key AND token = $token;";
        release.Parameters.AddWithValue("$key", claim.Key);
        release.Parameters.AddWithValue("$token", (object?)claim.Token ?? DBNull.Value);
        await release.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var prune = connection.CreateCommand();
        prune.CommandText = """
            DELETE FROM turn_claims
            WHERE (state = 1 AND claimed_unix_ms < $doneCutoff) OR (state = 0 AND claimed_unix_ms < $leaseCutoff);
            """;
        AddCutoffs(prune, clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await prune.ExecuteNonQueryAsync(cancellationToken);
    }

    private void AddCutoffs(SqliteCommand command, long now)
    {
        command.Parameters.AddWithValue("$doneCutoff", now - (long)options.Value.Retention.TotalMilliseconds);
        command.Parameters.AddWithValue("$leaseCutoff", now - (long)options.Value.InProgressLease.TotalMilliseconds);
    }

    // Who holds it, for the log; a claim that vanished meanwhile (released) is reported as in progress: a retry follows.
    private static async Task<TurnClaim> HeldAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT state FROM turn_claims WHERE key = $key;";
        query.Parameters.AddWithValue("$key", key);
        return new TurnClaim(key, await query.ExecuteScalarAsync(cancellationToken) is long and 1 ? TurnClaimStatus.Done : TurnClaimStatus.InProgress);
    }
}
