using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Insights;

/// <summary>
/// The keyed hashes (HMAC-SHA256 with <c>Insights:UserKeySecret</c>) that stand for people and answers in the insights:
/// the same person always gets the same pseudonym, and without the secret nobody can tell whose it is — not even by
/// hashing every id of the tenant, which a plain hash would allow. In Development without a secret, a random key is
/// drawn for the life of the process (pseudonyms then change at each restart).
/// </summary>
public sealed class InsightKeys
{
    private readonly byte[]? _key;

    public InsightKeys(IOptions<InsightsOptions> options, IHostEnvironment environment, ILogger<InsightKeys> logger)
    {
        var secret = options.Value.UserKeySecret?.Trim();
        if (!string.IsNullOrEmpty(secret))
        {
            _key = Encoding.UTF8.GetBytes(secret);
        }
        else if (environment.IsDevelopment())
        {
            _key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning("{Key} is not set: pseudonyms use a random key until the process stops (Development only)", $"{InsightsOptions.Section}:UserKeySecret");
        }
    }

    /// <summary>A key from a secret, for tests and tools.</summary>
    public InsightKeys(string secret) => _key = Encoding.UTF8.GetBytes(secret);

    /// <summary>
    /// The pseudonym of the sender of <paramref name="activity"/>: from the AAD object id when the channel gives one
    /// (the same person in every conversation), else from the channel's user id within that channel.
    /// </summary>
    public string UserKey(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var aad = activity.From?.AadObjectId?.Trim().ToLowerInvariant();
        return Hash(string.IsNullOrEmpty(aad)
            ? $"user|{activity.ChannelId?.ToLowerInvariant()}|{activity.From?.Id}"
            : $"aad|{aad}");
    }

    /// <summary>The key of a sent answer: its conversation and activity id, hashed (activity ids are unique per conversation only).</summary>
    public string AnswerKey(string channelId, string conversationId, string activityId) =>
        Hash($"answer|{channelId.ToLowerInvariant()}|{conversationId}|{activityId}");

    /// <summary>The key of an answer whose buttons carry <paramref name="token"/> (Web Chat, the Emulator).</summary>
    public string AnswerKey(string token) => Hash($"token|{token}");

    private string Hash(string value)
    {
        var key = _key ?? throw new InvalidOperationException(
            $"'{InsightsOptions.Section}:UserKeySecret' is not set: set it, or set '{InsightsOptions.Section}:Enabled' to false.");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));
    }
}
