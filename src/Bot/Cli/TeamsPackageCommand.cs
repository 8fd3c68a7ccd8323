using System.CommandLine;
using System.Text.RegularExpressions;
using Mednum49.Bot.Teams;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>teams-package --bot-id &lt;guid&gt; --out mednum49.zip</c>: writes the Teams app package (manifest.json,
/// color.png, outline.png at the root of the zip) for a deployed bot. See docs/deployment.md.
/// </summary>
internal static partial class TeamsPackageCommand
{
    public static Command Create(CliContext cli)
    {
        var botId = new Option<string>("--bot-id")
        {
            Description = "The bot's Microsoft App ID: the client id of its managed identity (deployment output botAppId).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Where to write the package.",
            DefaultValueFactory = _ => "mednum49.zip",
        };
        var appId = new Option<string?>("--app-id")
        {
            Description = $"The Teams app id (default {TeamsAppPackageOptions.DefaultAppId}). Keep it stable across updates.",
        };
        var appVersion = new Option<string>("--app-version")
        {
            Description = "The app version, MAJOR.MINOR.PATCH. Raise it to update an installed app.",
            DefaultValueFactory = _ => TeamsAppPackageOptions.DefaultAppVersion,
        };
        var domain = new Option<string?>("--domain")
        {
            Description = "The web app's host name (deployment output webAppHostName), listed as the app's valid domain.",
        };
        var websiteUrl = UrlOption("--website-url", "The publisher's web site", TeamsAppPackageOptions.DefaultWebsiteUrl);
        var privacyUrl = UrlOption("--privacy-url", "The privacy statement", TeamsAppPackageOptions.DefaultPrivacyUrl);
        var termsUrl = UrlOption("--terms-url", "The terms of use", TeamsAppPackageOptions.DefaultTermsUrl);

        var command = new Command("teams-package", "Write the Teams app package (manifest and icons) of the deployed bot.")
        {
            botId, output, appId, appVersion, domain, websiteUrl, privacyUrl, termsUrl,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<string>();
            var bot = ParseGuid(parse.GetValue(botId), "--bot-id", errors);
            var app = parse.GetValue(appId) is { } appText ? ParseGuid(appText, "--app-id", errors) : TeamsAppPackageOptions.DefaultAppId;
            var version = parse.GetValue(appVersion) ?? "";
            if (!SemVer().IsMatch(version))
            {
                errors.Add($"--app-version must be MAJOR.MINOR.PATCH, e.g. 1.0.1 (got '{version}').");
            }

            var website = ParseHttpsUrl(parse.GetValue(websiteUrl), "--website-url", errors);
            var privacy = ParseHttpsUrl(parse.GetValue(privacyUrl), "--privacy-url", errors);
            var terms = ParseHttpsUrl(parse.GetValue(termsUrl), "--terms-url", errors);
            var host = ParseHostName(parse.GetValue(domain), errors);

            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await cli.Error.WriteLineAsync(error);
                }

                return 2;
            }

            var options = new TeamsAppPackageOptions(bot, app, version, website!, privacy!, terms!, host);
            var path = Path.GetFullPath(parse.GetValue(output) ?? "mednum49.zip");
            await TeamsAppPackage.WriteToFileAsync(options, path, cancellationToken);

            await cli.Output.WriteLineAsync($"Teams app package written to {path}");
            await cli.Output.WriteLineAsync($"  app id {options.AppId}, version {options.AppVersion}, bot id {options.BotId}, manifest v{TeamsAppManifest.ManifestVersion}");
            if (new[] { website, privacy, terms }.Any(IsPlaceholder))
            {
                await cli.Output.WriteLineAsync("  note: the web site, privacy or terms URL is still a placeholder: pass --website-url, --privacy-url and --terms-url.");
            }

            return 0;
        });
        return command;
    }

    private static Option<string> UrlOption(string name, string what, Uri defaultValue) => new(name)
    {
        Description = $"{what} (https). The default is a placeholder: give the real page.",
        DefaultValueFactory = _ => defaultValue.AbsoluteUri,
    };

    private static bool IsPlaceholder(Uri? url) =>
        url == TeamsAppPackageOptions.DefaultWebsiteUrl || url == TeamsAppPackageOptions.DefaultPrivacyUrl || url == TeamsAppPackageOptions.DefaultTermsUrl;

    private static Guid ParseGuid(string? text, string option, List<string> errors)
    {
        // The manifest schema takes the 8-4-4-4-12 form only; accept braces too, as the portal sometimes shows them.
        if (Guid.TryParseExact(text?.Trim(), "D", out var guid) || Guid.TryParseExact(text?.Trim(), "B", out guid))
        {
            if (guid != Guid.Empty)
            {
                return guid;
            }
        }

        errors.Add($"{option} must be a GUID such as 1b4e28ba-2fa1-11d2-883f-0016d3cca427 (got '{text}'). " +
            "The bot id is the 'botAppId' output of the deployment, or the client id of the bot's managed identity.");
        return Guid.Empty;
    }

    private static Uri? ParseHttpsUrl(string? text, string option, List<string> errors)
    {
        if (Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && url.AbsoluteUri.Length <= 2048)
        {
            return url;
        }

        errors.Add($"{option} must be an absolute https:// URL (got '{text}').");
        return null;
    }

    private static string? ParseHostName(string? text, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var host = text.Trim();
        if (Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.'))
        {
            return host.ToLowerInvariant();
        }

        errors.Add($"--domain must be a host name only, such as app-mednum49-abc.azurewebsites.net, without https:// or a path (got '{text}').");
        return null;
    }

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]
    private static partial Regex SemVer();
}
