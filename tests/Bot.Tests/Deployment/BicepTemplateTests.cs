using System.Text.Json.Nodes;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>The Bicep templates, compiled and linted by the real Bicep CLI with deploymentTemplates/bicepconfig.json.</summary>
public sealed class BicepTemplateTests
{
    public static TheoryData<string> BicepFiles() => [.. TemplateFiles()];

    private static IReadOnlyList<string> TemplateFiles() =>
        [.. Directory.EnumerateFiles(DeploymentTools.DeploymentTemplates, "*.bicep*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bicep", StringComparison.Ordinal) || f.EndsWith(".bicepparam", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(DeploymentTools.DeploymentTemplates, f))
            .Order(StringComparer.Ordinal)];

    private static Task<ProcessResult> BicepAsync(params string[] arguments) =>
        DeploymentTools.RunAsync(DeploymentTools.BicepCli, DeploymentTools.DeploymentTemplates, arguments);

    [Fact]
    public void Every_template_of_the_issue_is_there()
    {
        Assert.Superset(
            new HashSet<string> { "main.bicep", "main.bicepparam", Path.Combine("modules", "botService.bicep"), Path.Combine("modules", "webApp.bicep"), Path.Combine("modules", "identity.bicep"), Path.Combine("modules", "openAi.bicep"), Path.Combine("modules", "monitoring.bicep") },
            TemplateFiles().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_lint_reports_no_error_and_no_warning(string file)
    {
        var lint = await BicepAsync("lint", file);

        // The CLI exits 0 on warnings: the diagnostics themselves (stderr) must be empty.
        Assert.True(lint.ExitCode == 0 && lint.Error.Trim().Length == 0 && lint.Output.Trim().Length == 0, lint.ToString());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_build_compiles_with_no_diagnostic(string file)
    {
        var build = file.EndsWith(".bicepparam", StringComparison.Ordinal)
            ? await BicepAsync("build-params", file, "--stdout")
            : await BicepAsync("build", file, "--stdout");

        Assert.True(build.ExitCode == 0 && build.Error.Trim().Length == 0, build.ToString());
        Assert.NotNull(JsonNode.Parse(build.Output));
    }

    [Fact]
    public async Task The_lint_check_does_catch_a_warning()
    {
        // Same configuration, one unused parameter: proves the assertions above would see a warning.
        var folder = Directory.CreateTempSubdirectory("bicep-").FullName;
        try
        {
            File.Copy(Path.Combine(DeploymentTools.DeploymentTemplates, "bicepconfig.json"), Path.Combine(folder, "bicepconfig.json"));
            await File.WriteAllTextAsync(Path.Combine(folder, "bad.bicep"), "param unused string\noutput answer int = 42\n");

            var lint = await DeploymentTools.RunAsync(DeploymentTools.BicepCli, folder, "lint", "bad.bicep");

            Assert.Contains("Warning no-unused-params", lint.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_web_app_runs_dotnet_10_on_linux_https_only_with_a_health_check_and_the_bot_identity()
    {
        var template = await BuildMainAsync();

        var site = Assert.Single(Resources(template, "Microsoft.Web/sites"));
        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        var properties = site["properties"]!;
        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)properties["siteConfig"]!["linuxFxVersion"]);
        Assert.Equal("/healthz", (string?)properties["siteConfig"]!["healthCheckPath"]);
        Assert.Equal($"dotnet {typeof(Mednum49.Bot.Cli.CliApp).Assembly.GetName().Name}.dll", (string?)Assert.Single(Resources(template, "Microsoft.Resources/deployments"), m => (string?)m["name"] == "webApp")["properties"]!["parameters"]!["startupCommand"]!["value"]);
        Assert.True((bool)Assert.Single(Resources(template, "Microsoft.Web/serverfarms"))["properties"]!["reserved"]!);
    }

    [Fact]
    public async Task The_app_settings_carry_the_bot_configuration_keys()
    {
        // Settings built from deployment outputs are ARM expressions, where names are 'quoted'; the others are JSON.
        var text = (await BuildMainAsync()).ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        foreach (var key in new[]
        {
            "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "AZURE_CLIENT_ID", "Knowledge__DataPath",
            "Storage__DatabasePath", "Bot__AllowedTenants__", "Notes__Coordinators__", "Notes__Animators__",
            "AzureOpenAI__Endpoint", "AzureOpenAI__Deployment", "APPLICATIONINSIGHTS_CONNECTION_STRING",
        })
        {
            Assert.Matches($"[\"']{key}", text);
        }

        Assert.Contains("'MicrosoftAppType', 'value', 'UserAssignedMSI'", text);
        Assert.Contains("'MicrosoftAppId', 'value', reference(resourceId('Microsoft.Resources/deployments', 'identity')", text);

        // A managed identity everywhere: no secret is ever set.
        Assert.DoesNotContain("MicrosoftAppPassword", text);
        Assert.DoesNotContain("AzureOpenAI__ApiKey", text);
    }

    [Fact]
    public async Task The_azure_bot_uses_the_managed_identity_and_enables_the_teams_channel()
    {
        var template = await BuildMainAsync();

        var bot = Assert.Single(Resources(template, "Microsoft.BotService/botServices"));
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        foreach (var property in new[] { "msaAppId", "msaAppTenantId", "msaAppMSIResourceId", "endpoint" })
        {
            Assert.NotNull(bot["properties"]![property]);
        }

        var channel = Assert.Single(Resources(template, "Microsoft.BotService/botServices/channels"), c => (string?)c["properties"]!["channelName"] == "MsTeamsChannel");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);

        Assert.Contains("/api/messages", (string?)template["outputs"]!["messagingEndpoint"]!["value"]);
    }

    [Fact]
    public async Task Azure_openai_and_application_insights_are_optional_and_openai_keys_are_disabled()
    {
        var template = await BuildMainAsync();

        var modules = Resources(template, "Microsoft.Resources/deployments").ToDictionary(m => (string)m["name"]!);
        Assert.Equal("[parameters('enableOpenAi')]", (string?)modules["openAi"]["condition"]);
        Assert.Equal("[parameters('enableApplicationInsights')]", (string?)modules["monitoring"]["condition"]);
        Assert.Null(modules["webApp"]["condition"]);

        var account = Assert.Single(Resources(template, "Microsoft.CognitiveServices/accounts"));
        Assert.True((bool)account["properties"]!["disableLocalAuth"]!);
        Assert.Single(Resources(template, "Microsoft.CognitiveServices/accounts/deployments"));

        // "Cognitive Services OpenAI User" for the bot's identity.
        var openAi = modules["openAi"]["properties"]!["template"]!;
        Assert.Equal("5e0bd9bd-7b93-4f28-af87-19fc36ad61bd", (string?)openAi["variables"]!["openAiUserRoleId"]);
        var role = Assert.Single(Resources(openAi, "Microsoft.Authorization/roleAssignments"));
        Assert.Contains("variables('openAiUserRoleId')", (string?)role["properties"]!["roleDefinitionId"]);
        Assert.Equal("ServicePrincipal", (string?)role["properties"]!["principalType"]);
    }

    [Fact]
    public async Task The_deployment_outputs_the_bot_app_id_the_endpoint_and_the_web_app_name()
    {
        var outputs = (await BuildMainAsync())["outputs"]!.AsObject();

        Assert.Superset(new HashSet<string> { "botAppId", "messagingEndpoint", "webAppName", "webAppHostName" }, outputs.Select(o => o.Key).ToHashSet());
    }

    [Fact]
    public async Task The_web_chat_page_is_optional_with_a_direct_line_channel_whose_secret_is_a_key_vault_reference()
    {
        var template = await BuildMainAsync();
        var text = template.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var modules = Resources(template, "Microsoft.Resources/deployments").ToDictionary(m => (string)m["name"]!);
        Assert.Equal("[parameters('enableWebChat')]", (string?)modules["webChat"]["condition"]);
        var directLine = Assert.Single(Resources(template, "Microsoft.BotService/botServices/channels"), c => (string?)c["properties"]!["channelName"] == "DirectLineChannel");
        var site = Assert.Single(directLine["properties"]!["properties"]!["sites"]!.AsArray())!;
        Assert.True((bool)site["isV3Enabled"]!);
        Assert.False((bool)site["isV1Enabled"]!);

        // The key goes from the channel to the vault, and the app setting is a reference to it, read as the bot's identity.
        var secret = Assert.Single(Resources(template, "Microsoft.KeyVault/vaults/secrets"));
        Assert.Contains("listChannelWithKeys(", (string?)secret["properties"]!["value"]);
        Assert.True((bool)Assert.Single(Resources(template, "Microsoft.KeyVault/vaults"))["properties"]!["enableRbacAuthorization"]!);
        var webChat = modules["webChat"]["properties"]!["template"]!;
        var role = Assert.Single(Resources(webChat, "Microsoft.Authorization/roleAssignments"));
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", role["properties"]!["roleDefinitionId"]!.ToJsonString() + webChat["variables"]?.ToJsonString());
        Assert.Matches("'DirectLine__Secret', 'value', format\\('@Microsoft.KeyVault\\(VaultName=", text);
        Assert.Matches("[\"']WebChat__Enabled", text);
        var siteProperties = Assert.Single(Resources(template, "Microsoft.Web/sites"))["properties"]!;
        Assert.NotNull(siteProperties["keyVaultReferenceIdentity"]);

        // Never an output, of the deployment or of a module.
        Assert.DoesNotContain("listChannelWithKeys", template["outputs"]!.ToJsonString());
        Assert.All(modules.Values, m => Assert.DoesNotContain("listChannelWithKeys", m["properties"]!["template"]?["outputs"]?.ToJsonString() ?? ""));
    }

    // Compiled once for the tests that read the ARM template; each gets its own copy.
    private static readonly Lazy<Task<string>> MainTemplate = new(async () =>
    {
        var build = await BicepAsync("build", "main.bicep", "--stdout");
        Assert.True(build.ExitCode == 0, build.ToString());
        return build.Output;
    });

    private static async Task<JsonNode> BuildMainAsync() => JsonNode.Parse(await MainTemplate.Value)!;

    // Resources of a type, including those of the modules (nested deployments inline their templates).
    private static IEnumerable<JsonNode> Resources(JsonNode template, string type)
    {
        foreach (var resource in ResourceList(template))
        {
            if ((string?)resource["type"] == type)
            {
                yield return resource;
            }

            if (resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in Resources(nested, type))
                {
                    yield return inner;
                }
            }
        }
    }

    // languageVersion 2.0 templates hold resources in an object keyed by symbolic name; older ones in an array.
    private static IEnumerable<JsonNode> ResourceList(JsonNode template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonNode>(),
        JsonObject map => map.Select(p => p.Value).OfType<JsonNode>(),
        _ => [],
    };
}
