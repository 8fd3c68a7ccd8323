using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Mednum49.Bot.Notes;

/// <summary>
/// What <see cref="SqliteConversationReferenceStore"/> and <see cref="PostgresConversationReferenceStore"/> share
/// around their SQL: the argument checks, the row a reference is kept as (ids in lower case) and how it is read back.
/// </summary>
internal static class ConversationReferenceRows
{
    public sealed record Row(string AadObjectId, string? UserPrincipalName, string ChannelId, string Json);

    public static Row ToRow(ConversationReference reference, NoteUser user)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrWhiteSpace(user.AadObjectId))
        {
            throw new ArgumentException("Only users with an AAD object id (Teams) can be reached this way.", nameof(user));
        }

        return new Row(user.AadObjectId.Trim().ToLowerInvariant(), user.UserPrincipalName?.Trim().ToLowerInvariant(), user.ChannelId, JsonConvert.SerializeObject(reference));
    }

    /// <summary>The AAD object id or UPN as stored, or null when there is nothing to look for.</summary>
    public static string? Key(string aadObjectIdOrUpn) =>
        string.IsNullOrWhiteSpace(aadObjectIdOrUpn) ? null : aadObjectIdOrUpn.Trim().ToLowerInvariant();

    public static ConversationReference? FromJson(object? json) =>
        json is string text ? JsonConvert.DeserializeObject<ConversationReference>(text) : null;
}
