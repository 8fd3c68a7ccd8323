using System.Text.Json.Nodes;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>The Bicep parameter <c>storageProvider</c>: SQLite on one instance, or a PostgreSQL Flexible Server with Entra authentication.</summary>
public sealed class StorageDeploymentTests
{
    private static readonly Lazy<Task<string>> MainTemplate = new(async () =>
    {
        var build = await DeploymentTools.RunAsync(DeploymentTools.BicepCli, DeploymentTools.DeploymentTemplates, "build", "main.bicep", "--stdout");
        Assert.True(build.ExitCode == 0, build.ToString());
        return build.Output;
    });

    private static async Task<JsonNode> BuildMainAsync() => JsonNode.Parse(await MainTemplate.Value)!;

    private static IEnumerable<JsonNode> Resources(JsonNode template, string type)
    {
        var list = template["resources"] switch
        {
            JsonArray array => array.OfType<JsonNode>(),
            JsonObject map => map.Select(p => p.Value).OfType<JsonNode>(),
            _ => [],
        };
        foreach (var resource in list)
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

    [Fact]
    public async Task Sqlite_is_the_default_and_more_than_one_instance_is_refused_with_it()
    {
        var template = await BuildMainAsync();

        var provider = template["parameters"]!["storageProvider"]!;
        Assert.Equal("sqlite", (string?)provider["defaultValue"]);
        Assert.Equal(["sqlite", "postgres"], provider["allowedValues"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(1, (int)template["parameters"]!["instanceCount"]!["defaultValue"]!);
        var instances = (string)template["variables"]!["webAppInstances"]!;
        Assert.Contains("or(variables('usesPostgres'), equals(parameters('instanceCount'), 1))", instances, StringComparison.Ordinal);
        Assert.Contains("fail('instanceCount > 1 needs storageProvider", instances, StringComparison.Ordinal);
        var plan = Assert.Single(Resources(template, "Microsoft.Web/serverfarms"));
        Assert.Equal("[parameters('instanceCount')]", (string?)plan["sku"]!["capacity"]);
    }

    [Fact]
    public async Task Sqlite_on_home_uses_the_rollback_journal_and_postgres_signs_in_with_the_identity_without_password()
    {
        // Settings built from module outputs are inlined into the web app module's parameter (an ARM expression).
        var webApp = Assert.Single(Resources(await BuildMainAsync(), "Microsoft.Resources/deployments"), m => (string?)m["name"] == "webApp");
        var text = (string)webApp["properties"]!["parameters"]!["appSettings"]!["value"]!;

        Assert.Contains("'Storage__JournalMode', 'value', 'delete'", text, StringComparison.Ordinal);
        Assert.Contains("'Storage__Provider', 'value', 'postgres'", text, StringComparison.Ordinal);
        Assert.Contains("'Storage__Authentication', 'value', 'managedidentity'", text, StringComparison.Ordinal);
        Assert.Contains("Username={2};Ssl Mode=Require", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("if(variables('usesPostgres')", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_adds_a_burstable_flexible_server_with_entra_auth_only_and_the_bot_identity_as_administrator()
    {
        var template = await BuildMainAsync();

        var module = Assert.Single(Resources(template, "Microsoft.Resources/deployments"), m => (string?)m["name"] == "postgres");
        Assert.Equal("[variables('usesPostgres')]", (string?)module["condition"]);
        Assert.Equal("Standard_B1ms", (string?)template["parameters"]!["postgresSkuName"]!["defaultValue"]);
        Assert.Equal("Burstable", (string?)template["parameters"]!["postgresSkuTier"]!["defaultValue"]);

        var server = Assert.Single(Resources(template, "Microsoft.DBforPostgreSQL/flexibleServers"));
        var auth = server["properties"]!["authConfig"]!;
        Assert.Equal("Enabled", (string?)auth["activeDirectoryAuth"]);
        Assert.Equal("Disabled", (string?)auth["passwordAuth"]);
        Assert.Null(server["properties"]!["administratorLoginPassword"]);
        var administrator = Assert.Single(Resources(template, "Microsoft.DBforPostgreSQL/flexibleServers/administrators"));
        Assert.Equal("ServicePrincipal", (string?)administrator["properties"]!["principalType"]);
        Assert.Contains("identity", module["properties"]!["parameters"]!["administratorPrincipalId"]!["value"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(Resources(template, "Microsoft.DBforPostgreSQL/flexibleServers/databases"));
    }
}
