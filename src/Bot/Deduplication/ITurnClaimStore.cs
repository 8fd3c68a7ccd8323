namespace Mednum49.Bot.Deduplication;

/// <summary>
/// Remembers which incoming activities have already been taken on. A claim is atomic: when Teams retries a turn
/// while the first delivery is still running, exactly one of the two callers gets <c>true</c>.
/// </summary>
public interface ITurnClaimStore
{
    /// <summary><c>true</c> when the caller is the first to claim <paramref name="key"/> within the retention period.</summary>
    Task<bool> TryClaimAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Forgets the claims older than the retention period; returns how many were removed.</summary>
    Task<int> PruneAsync(CancellationToken cancellationToken = default);
}
