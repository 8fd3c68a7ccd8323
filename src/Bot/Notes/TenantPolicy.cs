using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Whether an activity comes from an allowed tenant (<c>Bot:AllowedTenants</c>; empty = any). Teams gives the tenant
/// in <c>channelData.tenant.id</c> and in <c>conversation.tenantId</c>. Once tenants are configured, an activity
/// without a tenant (other channels) or with two that disagree is refused.
/// </summary>
public sealed class TenantPolicy(IOptions<TenantOptions> options)
{
    private readonly HashSet<string> _allowed = new(
        options.Value.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()),
        StringComparer.OrdinalIgnoreCase);

    public bool AllowsAnyTenant => _allowed.Count == 0;

    public bool IsAllowed(IActivity activity) => AllowsAnyTenant || IsAllowed(TenantOf(activity));

    public bool IsAllowed(string? tenantId) => AllowsAnyTenant || (!string.IsNullOrWhiteSpace(tenantId) && _allowed.Contains(tenantId.Trim()));

    /// <summary>The activity's tenant, or <see langword="null"/> when it has none or its two sources disagree.</summary>
    public static string? TenantOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var fromChannelData = ChannelDataTenant(activity);
        var fromConversation = activity.Conversation?.TenantId;
        if (!string.IsNullOrWhiteSpace(fromChannelData) && !string.IsNullOrWhiteSpace(fromConversation)
            && !string.Equals(fromChannelData.Trim(), fromConversation.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tenant = string.IsNullOrWhiteSpace(fromChannelData) ? fromConversation : fromChannelData;
        return string.IsNullOrWhiteSpace(tenant) ? null : tenant.Trim();
    }

    private static string? ChannelDataTenant(IActivity activity)
    {
        if (activity.ChannelData is null)
        {
            return null;
        }

        try
        {
            return activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidCastException or ArgumentException)
        {
            // Channel data of another shape (another channel): no tenant there.
            return null;
        }
    }
}
