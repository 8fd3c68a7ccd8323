using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Who wrote, edited, deleted or is reading a note. A user id only means something within its channel (a Web Chat
/// page chooses its own ids), so the channel is part of the identity. In Teams the AAD object id and the user
/// principal name identify the person across conversations.
/// </summary>
public sealed record NoteUser(string ChannelId, string UserId, string? AadObjectId = null, string? DisplayName = null, string? UserPrincipalName = null)
{
    /// <summary>What to show: the display name, else the UPN, else the channel's user id.</summary>
    public string Label =>
        !string.IsNullOrWhiteSpace(DisplayName) ? DisplayName
        : !string.IsNullOrWhiteSpace(UserPrincipalName) ? UserPrincipalName
        : UserId;

    /// <summary>
    /// Same person in the same channel: by AAD object id when both sides have one, otherwise by the channel's user id.
    /// </summary>
    public bool IsSamePersonAs(NoteUser other)
    {
        if (!string.Equals(ChannelId, other.ChannelId, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !string.IsNullOrEmpty(AadObjectId) && !string.IsNullOrEmpty(other.AadObjectId)
            ? string.Equals(AadObjectId, other.AadObjectId, StringComparison.OrdinalIgnoreCase)
            : string.Equals(UserId, other.UserId, StringComparison.Ordinal);
    }

    /// <summary>
    /// The sender of <paramref name="activity"/>. Teams does not put the UPN in activities: pass it when you have it
    /// (<c>TeamsInfo.GetMemberAsync</c>), for access rules configured by UPN.
    /// </summary>
    public static NoteUser From(IActivity activity, string? userPrincipalName = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From ?? throw new ArgumentException("The activity has no sender.", nameof(activity));
        return new NoteUser(
            activity.ChannelId ?? "unknown",
            from.Id ?? throw new ArgumentException("The activity's sender has no id.", nameof(activity)),
            string.IsNullOrWhiteSpace(from.AadObjectId) ? null : from.AadObjectId,
            string.IsNullOrWhiteSpace(from.Name) ? null : from.Name,
            string.IsNullOrWhiteSpace(userPrincipalName) ? null : userPrincipalName);
    }
}
