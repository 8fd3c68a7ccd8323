namespace Mednum49.Bot.Teams;

/// <summary>What varies from one deployment's Teams app package to another.</summary>
/// <param name="BotId">The bot's Microsoft App ID: the client id of its managed identity (Bicep output <c>botAppId</c>).</param>
/// <param name="AppId">The Teams app's own id. Keep it stable: Teams treats a new id as a different app.</param>
/// <param name="AppVersion">The app version (semver). Raise it to update an app already installed in Teams.</param>
/// <param name="WebsiteUrl">The publisher's web site, shown in the app's details.</param>
/// <param name="PrivacyUrl">The privacy statement.</param>
/// <param name="TermsUrl">The terms of use.</param>
/// <param name="ValidDomain">The web app's host name (Bicep output <c>webAppHostName</c>), if known.</param>
public sealed record TeamsAppPackageOptions(
    Guid BotId,
    Guid AppId,
    string AppVersion,
    Uri WebsiteUrl,
    Uri PrivacyUrl,
    Uri TermsUrl,
    string? ValidDomain = null)
{
    /// <summary>The Teams app id used unless another is given: the same for every deployment of Mednum49 Bot.</summary>
    public static readonly Guid DefaultAppId = new("6b1f2a49-4c3d-4e8a-9f49-0d5e7a3c4912");

    public const string DefaultAppVersion = "1.0.0";

    // Placeholders (example.com is reserved for examples): the network has no pages of its own for these yet,
    // so docs/deployment.md asks the coordinator to pass the real ones.
    public static readonly Uri DefaultWebsiteUrl = new("https://www.example.com/mednum49");
    public static readonly Uri DefaultPrivacyUrl = new("https://www.example.com/mednum49/confidentialite");
    public static readonly Uri DefaultTermsUrl = new("https://www.example.com/mednum49/conditions");

    public static TeamsAppPackageOptions ForBot(Guid botId) =>
        new(botId, DefaultAppId, DefaultAppVersion, DefaultWebsiteUrl, DefaultPrivacyUrl, DefaultTermsUrl);
}
