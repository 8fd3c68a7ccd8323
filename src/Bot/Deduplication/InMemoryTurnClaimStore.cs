using System.Collections.Concurrent;

namespace Mednum49.Bot.Deduplication;

/// <summary>Claims in process memory, for unit tests (the bot uses <see cref="SqliteTurnClaimStore"/>).</summary>
public sealed class InMemoryTurnClaimStore(TimeProvider? clock = null, TimeSpan? retention = null) : ITurnClaimStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly TimeSpan _retention = retention ?? new DeduplicationOptions().Retention;

    public Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var now = _clock.GetUtcNow();
        while (true)
        {
            if (_claims.TryAdd(key, now))
            {
                return Task.FromResult(true);
            }

            if (!_claims.TryGetValue(key, out var claimed))
            {
                continue;
            }

            if (claimed >= now - _retention)
            {
                return Task.FromResult(false);
            }

            // Expired: take it over, unless someone else just did.
            if (_claims.TryUpdate(key, now, claimed))
            {
                return Task.FromResult(true);
            }
        }
    }

    public Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = _clock.GetUtcNow() - _retention;
        var removed = 0;
        foreach (var (key, claimed) in _claims)
        {
            if (claimed < cutoff && _claims.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, claimed)))
            {
                removed++;
            }
        }

        return Task.FromResult(removed);
    }
}
