using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Welcome;

/// <summary>
/// That a user or a conversation was welcomed, and when. An <see cref="IStoreItem"/> written with a null ETag: the
/// storage creates it but never overwrites it, so of two turns that welcome at the same time only one succeeds.
/// </summary>
public sealed class WelcomeRecord : IStoreItem
{
    public string? ETag { get; set; }

    /// <summary>When the welcome was sent (ISO 8601, UTC).</summary>
    public string WelcomedUtc { get; set; } = "";
}
