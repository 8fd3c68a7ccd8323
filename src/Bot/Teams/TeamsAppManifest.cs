using System.Text.Json.Nodes;
using Mednum49.Bot.Commands;

namespace Mednum49.Bot.Teams;

/// <summary>
/// The Teams app manifest (manifest.json) of Mednum49 Bot: French texts, the bot in personal, team and group chat
/// scopes, and the command menus built from <see cref="BotCommandCatalog"/>.
/// </summary>
public static class TeamsAppManifest
{
    /// <summary>Newest generally available manifest version that the official schema package ships (v1.2x).</summary>
    public const string ManifestVersion = "1.29";

    public const string SchemaUrl = $"https://developer.microsoft.com/json-schemas/teams/v{ManifestVersion}/MicrosoftTeams.schema.json";

    public const string ColorIconFile = "color.png";
    public const string OutlineIconFile = "outline.png";

    public const string ShortName = "Mednum49";
    public const string FullName = "Mednum49 – l'assistant du réseau de l'accompagnement numérique en Maine-et-Loire";
    public const string ShortDescription = "Qui fait quoi et où dans le réseau Mednum49 : acteurs, actions, contacts.";
    public const string FullDescription =
        "La Mednum49 est le réseau des partenaires qui accompagnent les habitants de Maine-et-Loire dans leurs usages " +
        "numériques. Posez vos questions en français : qui porte une action de la feuille de route 2023-2025, quels " +
        "acteurs interviennent sur un territoire, vers qui orienter une personne, quels groupes de travail existent. " +
        "Les réponses viennent de la feuille de route et des fiches des intercommunalités, avec leurs sources. " +
        "Dans une équipe ou une conversation de groupe, mentionnez @Mednum49 pour lui poser une question ; " +
        "en conversation personnelle, écrivez-lui directement. Tapez « aide » pour voir les commandes.";

    public const string DeveloperName = "Mednum49";
    public const string AccentColor = "#0E5A6B";

    private static readonly (BotCommandScopes Scope, string Name)[] Scopes =
    [
        (BotCommandScopes.Personal, "personal"),
        (BotCommandScopes.Team, "team"),
        (BotCommandScopes.GroupChat, "groupChat"),
    ];

    /// <summary>How a command is described in the Teams command menu.</summary>
    public static string CommandDescription(BotCommand command) =>
        command.Arguments.Length == 0 ? command.Description : $"{command.Description} Syntaxe : {command.Usage}";

    public static JsonObject Build(TeamsAppPackageOptions options)
    {
        var botId = options.BotId.ToString("D");
        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = options.AppVersion,
            ["id"] = options.AppId.ToString("D"),
            ["localizationInfo"] = new JsonObject { ["defaultLanguageTag"] = "fr-FR" },
            ["developer"] = new JsonObject
            {
                ["name"] = DeveloperName,
                ["websiteUrl"] = options.WebsiteUrl.AbsoluteUri,
                ["privacyUrl"] = options.PrivacyUrl.AbsoluteUri,
                ["termsOfUseUrl"] = options.TermsUrl.AbsoluteUri,
            },
            ["name"] = new JsonObject { ["short"] = ShortName, ["full"] = FullName },
            ["description"] = new JsonObject { ["short"] = ShortDescription, ["full"] = FullDescription },
            ["icons"] = new JsonObject { ["color"] = ColorIconFile, ["outline"] = OutlineIconFile },
            ["accentColor"] = AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = botId,
                ["scopes"] = new JsonArray([.. Scopes.Select(s => (JsonNode)s.Name)]),
                ["isNotificationOnly"] = false,
                ["supportsFiles"] = true, // notes exports: file consent cards in personal chats
                ["supportsCalling"] = false,
                ["supportsVideo"] = false,
                ["commandLists"] = new JsonArray([.. Scopes.Select(s => (JsonNode)CommandList(s.Scope, s.Name))]),
            }),
            // No webApplicationInfo: it serves single sign-on for an app registration, and the bot authenticates
            // with a managed identity and asks users for no sign-in.
            ["validDomains"] = new JsonArray([.. ValidDomains(options).Select(d => (JsonNode)d)]),
        };
        return manifest;
    }

    // Teams documents one command list per scope.
    private static JsonObject CommandList(BotCommandScopes scope, string scopeName) => new()
    {
        ["scopes"] = new JsonArray(scopeName),
        ["commands"] = new JsonArray([.. BotCommandCatalog.In(scope).Select(command => (JsonNode)new JsonObject
        {
            ["title"] = command.Name,
            ["description"] = CommandDescription(command),
        })]),
    };

    private static IEnumerable<string> ValidDomains(TeamsAppPackageOptions options) =>
        options.ValidDomain is { Length: > 0 } domain ? [domain] : [];
}
