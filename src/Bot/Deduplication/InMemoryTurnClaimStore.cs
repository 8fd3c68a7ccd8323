using System.Collections.Concurrent;

namespace Mednum49.Bot.Deduplication;

/// <summary>Claims in process memory, for unit tests (the bot uses <see cref="SqliteTurnClaimStore"/> or <see cref="PostgresTurnClaimStore"/>).</summary>
public sealed class InMemoryTurnClaimStore(TimeProvider? clock = null, TimeSpan? retention = null, TimeSpan? lease = null) : ITurnClaimStore
{
    private readonly ConcurrentDictionary<string, Entry> _claims = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly TimeSpan _retention = retention ?? new DeduplicationOptions().Retention;
    private readonly TimeSpan _lease = lease ?? new DeduplicationOptions().InProgressLease;

    public Task<TurnClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = _clock.GetUtcNow();
        var won = TurnClaim.NewWon(key);
        var entry = new Entry(won.Token!, Done: false, now);
        while (true)
        {
            if (_claims.TryAdd(key, entry))
            {
                return Task.FromResult(won);
            }

            if (!_claims.TryGetValue(key, out var held))
            {
                continue;
            }

            if (!Lapsed(held, now))
            {
                return Task.FromResult(new TurnClaim(key, held.Done ? TurnClaimStatus.Done : TurnClaimStatus.InProgress));
            }

            // Lapsed: take it over, unless someone else just did.
            if (_claims.TryUpdate(key, entry, held))
            {
                return Task.FromResult(won);
            }
        }
    }

    public Task CompleteAsync(TurnClaim claim, CancellationToken cancellationToken = default)
    {
        if (_claims.TryGetValue(claim.Key, out var held) && held.Token == claim.Token)
        {
            _claims.TryUpdate(claim.Key, held with { Done = true, Since = _clock.GetUtcNow() }, held);
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(TurnClaim claim, CancellationToken cancellationToken = default)
    {
        if (_claims.TryGetValue(claim.Key, out var held) && held.Token == claim.Token)
        {
            _claims.TryRemove(new KeyValuePair<string, Entry>(claim.Key, held));
        }

        return Task.CompletedTask;
    }

    public Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var now = _clock.GetUtcNow();
        var removed = 0;
        foreach (var (key, held) in _claims)
        {
            if (Lapsed(held, now) && _claims.TryRemove(new KeyValuePair<string, Entry>(key, held)))
            {
                removed++;
            }
        }

        return Task.FromResult(removed);
    }

    private bool Lapsed(Entry entry, DateTimeOffset now) => entry.Since < now - (entry.Done ? _retention : _lease);

    private sealed record Entry(string Token, bool Done, DateTimeOffset Since);
}
