using Mednum49.Bot.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mednum49.Bot.Deduplication;

/// <summary>
/// Claims in PostgreSQL, the same contract as <see cref="SqliteTurnClaimStore"/>: one <c>INSERT … ON CONFLICT … WHERE</c>
/// decides, so two instances receiving the same activity cannot both win (the second waits for the first's row and
/// then finds it taken).
/// </summary>
public sealed class PostgresTurnClaimStore(PostgresDatabase database, IOptions<DeduplicationOptions> options, TimeProvider clock) : ITurnClaimStore
{
    public const string Component = SqliteTurnClaimStore.Component;

    internal static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE turn_claims (
            key TEXT NOT NULL PRIMARY KEY,
            claimed_unix_ms BIGINT NOT NULL,
            state SMALLINT NOT NULL,
            token TEXT NULL
        );
        CREATE INDEX turn_claims_by_time ON turn_claims (claimed_unix_ms);
        """,
    ];

    private long _nextPruneUnixMs;

    public async Task<TurnClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var won = TurnClaim.NewWon(key);

        TurnClaim result;
        await using (var connection = await database.OpenAsync(Component, Migrations, cancellationToken))
        {
            // RETURNING says who holds the row now: our token when we inserted or took a lapsed claim over.
            await using var claim = new NpgsqlCommand(
                """
                INSERT INTO turn_claims (key, claimed_unix_ms, state, token) VALUES (@key, @now, 0, @token)
                ON CONFLICT (key) DO UPDATE SET claimed_unix_ms = excluded.claimed_unix_ms, state = 0, token = excluded.token
                WHERE (turn_claims.state = 1 AND turn_claims.claimed_unix_ms < @doneCutoff)
                   OR (turn_claims.state = 0 AND turn_claims.claimed_unix_ms < @leaseCutoff)
                RETURNING token;
                """, connection);
            claim.Parameters.AddWithValue("key", key);
            claim.Parameters.AddWithValue("now", now);
            claim.Parameters.AddWithValue("token", won.Token!);
            AddCutoffs(claim, now);
            result = await claim.ExecuteScalarAsync(cancellationToken) is string token && token == won.Token
                ? won
                : await HeldAsync(connection, key, cancellationToken);
        }

        var due = Interlocked.Read(ref _nextPruneUnixMs);
        if (now >= due && Interlocked.CompareExchange(ref _nextPruneUnixMs, now + (long)SqliteTurnClaimStore.PruneInterval.TotalMilliseconds, due) == due)
        {
            await PruneAsync(cancellationToken);
        }

        return result;
    }

    public async Task CompleteAsync(TurnClaim claim, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var complete = new NpgsqlCommand("UPDATE turn_claims SET state = 1, claimed_unix_ms = @now WHERE key = @key AND token = @token;", connection);
        complete.Parameters.AddWithValue("now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        complete.Parameters.AddWithValue("key", claim.Key);
        complete.Parameters.AddWithValue("token", claim.Token ?? string.Empty);
        await complete.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(TurnClaim claim, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var release = new NpgsqlCommand("DELETE FROM turn_claims WHERE key = @key AND token = @token;", connection);
        release.Parameters.AddWithValue("key", claim.Key);
        release.Parameters.AddWithValue("token", claim.Token ?? string.Empty);
        await release.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(Component, Migrations, cancellationToken);
        await using var prune = new NpgsqlCommand(
            "DELETE FROM turn_claims WHERE (state = 1 AND claimed_unix_ms < @doneCutoff) OR (state = 0 AND claimed_unix_ms < @leaseCutoff);", connection);
        AddCutoffs(prune, clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await prune.ExecuteNonQueryAsync(cancellationToken);
    }

    private void AddCutoffs(NpgsqlCommand command, long now)
    {
        command.Parameters.AddWithValue("doneCutoff", now - (long)options.Value.Retention.TotalMilliseconds);
        command.Parameters.AddWithValue("leaseCutoff", now - (long)options.Value.InProgressLease.TotalMilliseconds);
    }

    private static async Task<TurnClaim> HeldAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand("SELECT state FROM turn_claims WHERE key = @key;", connection);
        query.Parameters.AddWithValue("key", key);
        return new TurnClaim(key, await query.ExecuteScalarAsync(cancellationToken) is short and 1 ? TurnClaimStatus.Done : TurnClaimStatus.InProgress);
    }
}
