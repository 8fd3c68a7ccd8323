namespace Mednum49.Bot.Notes;

/// <summary>
/// <c>Bot:AllowedTenants</c>: the Entra tenants whose Teams users may submit notes. Empty means anyone (local use):
/// set it in every deployment. Bound from the <c>Bot</c> section beside <c>BotOptions</c>.
/// </summary>
public sealed class TenantOptions
{
    public const string Section = "Bot";

    public List<string> AllowedTenants { get; set; } = [];
}
