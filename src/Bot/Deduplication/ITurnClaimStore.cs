namespace Mednum49.Bot.Deduplication;

/// <summary>
/// Remembers which incoming activities have been taken on, and how far. A claim is <em>in progress</em> while its turn
/// runs and <em>done</em> once the turn succeeded; a failed turn releases it, so the channel's retry is processed.
/// Claiming is atomic: when Teams retries a turn while the first delivery still runs, exactly one caller wins.
/// An in-progress claim that is never completed nor released (the process was killed) lapses after
/// <see cref="DeduplicationOptions.InProgressLease"/>; a done claim after <see cref="DeduplicationOptions.Retention"/>.
/// </summary>
public interface ITurnClaimStore
{
    /// <summary>Claims <paramref name="key"/>: <see cref="TurnClaim.Won"/> with a token, or why not.</summary>
    Task<TurnClaim> TryClaimAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Marks the turn done: its retries are skipped for the retention period. Only the claim's holder can.</summary>
    Task CompleteAsync(TurnClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Forgets the claim (the turn failed): the next delivery of the activity is processed. Only the holder can.</summary>
    Task ReleaseAsync(TurnClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Forgets the lapsed claims (done ones past the retention, in-progress ones past the lease); returns how many.</summary>
    Task<int> PruneAsync(CancellationToken cancellationToken = default);
}

public enum TurnClaimStatus
{
    /// <summary>The caller holds the claim and runs the turn.</summary>
    Won,

    /// <summary>Another delivery of the activity is being handled right now.</summary>
    InProgress,

    /// <summary>The activity was already handled successfully.</summary>
    Done,
}

/// <summary>The outcome of <see cref="ITurnClaimStore.TryClaimAsync"/>; <see cref="Token"/> identifies the holder.</summary>
public sealed record TurnClaim(string Key, TurnClaimStatus Status, string? Token = null)
{
    public bool Won => Status == TurnClaimStatus.Won;

    public static TurnClaim NewWon(string key) => new(key, TurnClaimStatus.Won, Guid.NewGuid().ToString("N"));
}
