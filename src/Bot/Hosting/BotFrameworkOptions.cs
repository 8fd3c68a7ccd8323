namespace Mednum49.Bot.Hosting;

/// <summary>
/// The Bot Framework credentials. They live at the root of the configuration (<c>MicrosoftAppId</c>, …) because
/// that is where the Bot Framework SDK, the Azure Bot resource and the Emulator expect them.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary><c>SingleTenant</c> or <c>UserAssignedMSI</c> (MultiTenant registrations are deprecated).</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>Empty means "no authentication": only for local use (Development, or Bot:AllowUnauthenticated).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
