using System.IO.Compression;
using System.Text.Json.Nodes;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Teams;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary><c>teams-package</c> through the real CLI, its zip opened and its manifest checked by the official schema.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string BotId = "3f2c9a5e-8d41-4b7a-9c06-5e1d2b7f4a90";
    private const string Domain = "app-mednum49-abc123.azurewebsites.net";

    private readonly string _folder = Directory.CreateTempSubdirectory("teams-package-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PackagePath => Path.Combine(_folder, "out", "mednum49.zip");

    private Task<int> RunAsync(params string[] args) =>
        CliApp.RunAsync(["teams-package", .. args], new CliContext(TextReader.Null, _output, _error));

    private async Task<ZipArchive> PackageAsync(params string[] extra)
    {
        var exit = await RunAsync(["--bot-id", BotId, "--out", PackagePath, .. extra]);
        Assert.True(exit == 0, _error.ToString());
        return ZipFile.OpenRead(PackagePath);
    }

    private static JsonNode Manifest(ZipArchive zip)
    {
        using var stream = zip.GetEntry(TeamsAppPackage.ManifestFile)!.Open();
        return JsonNode.Parse(stream)!;
    }

    [Fact]
    public async Task The_zip_holds_exactly_the_manifest_and_the_two_icons_at_its_root()
    {
        using var zip = await PackageAsync();

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = Manifest(zip);
        Assert.NotNull(zip.GetEntry((string)manifest["icons"]!["color"]!));
        Assert.NotNull(zip.GetEntry((string)manifest["icons"]!["outline"]!));
        Assert.Contains(PackagePath, _output.ToString());
    }

    [Fact]
    public async Task The_manifest_is_valid_against_the_official_schema_of_its_version()
    {
        using var zip = await PackageAsync("--domain", Domain, "--website-url", "https://reseau.example.org/", "--app-version", "1.2.3");
        var manifest = Manifest(zip);

        var validation = await ManifestValidator.ValidateAsync(manifest);

        Assert.True(validation.Valid, validation.ToString());
        Assert.Equal($"v{TeamsAppManifest.ManifestVersion}/MicrosoftTeams.schema.json", validation.SchemaFile);
        Assert.StartsWith("1.2", (string?)manifest["manifestVersion"]);
    }

    [Fact]
    public async Task The_manifest_carries_the_given_ids_urls_and_domain()
    {
        using var zip = await PackageAsync(
            "--domain", Domain, "--app-version", "2.0.1",
            "--website-url", "https://reseau.example.org/", "--privacy-url", "https://reseau.example.org/confidentialite", "--terms-url", "https://reseau.example.org/cgu");
        var manifest = Manifest(zip);

        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(TeamsAppPackageOptions.DefaultAppId.ToString(), (string?)manifest["id"]);
        Assert.Equal("2.0.1", (string?)manifest["version"]);
        Assert.Equal("https://reseau.example.org/confidentialite", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://reseau.example.org/cgu", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        // Notes exports reach Teams users as files, through the file consent flow.
        Assert.True((bool?)manifest["bots"]![0]!["supportsFiles"]);
        Assert.Equal("fr-FR", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.DoesNotContain("placeholder", _output.ToString());
    }

    [Fact]
    public async Task Without_urls_the_placeholders_are_used_and_the_user_is_told()
    {
        using var zip = await PackageAsync();

        Assert.Equal(TeamsAppPackageOptions.DefaultWebsiteUrl.AbsoluteUri, (string?)Manifest(zip)["developer"]!["websiteUrl"]);
        Assert.Contains("placeholder", _output.ToString());
        Assert.Contains("--privacy-url", _output.ToString());
    }

    [Fact]
    public async Task The_command_lists_of_the_manifest_are_the_bot_command_catalog()
    {
        using var zip = await PackageAsync();
        var lists = Manifest(zip)["bots"]![0]!["commandLists"]!.AsArray();

        var scopes = new Dictionary<string, BotCommandScopes>
        {
            ["personal"] = BotCommandScopes.Personal,
            ["team"] = BotCommandScopes.Team,
            ["groupChat"] = BotCommandScopes.GroupChat,
        };
        Assert.Equal(scopes.Keys, lists.Select(l => (string)Assert.Single(l!["scopes"]!.AsArray())!));
        foreach (var list in lists)
        {
            var expected = BotCommandCatalog.All.Where(c => c.Scopes.HasFlag(scopes[(string)list!["scopes"]![0]!])).ToList();
            var commands = list!["commands"]!.AsArray();
            Assert.Equal(expected.Select(c => c.Name), commands.Select(c => (string?)c!["title"]));
            Assert.All(expected.Zip(commands), pair =>
            {
                var description = (string)pair.Second!["description"]!;
                Assert.StartsWith(pair.First.Description, description);
                if (pair.First.Arguments.Length > 0)
                {
                    Assert.Contains(pair.First.Usage, description);
                }
            });
        }
    }

    [Fact]
    public void The_catalog_fits_the_teams_command_menus()
    {
        Assert.Equal(BotCommandCatalog.All.Count, BotCommandCatalog.All.Select(c => c.Name).Distinct().Count());
        Assert.All(BotCommandCatalog.All, c =>
        {
            Assert.InRange(c.Name.Length, 1, 32);
            Assert.Equal(c.Name.ToLowerInvariant(), c.Name);
            Assert.NotEqual(BotCommandScopes.None, c.Scopes);
        });
        foreach (var scope in new[] { BotCommandScopes.Personal, BotCommandScopes.Team, BotCommandScopes.GroupChat })
        {
            Assert.InRange(BotCommandCatalog.In(scope).Count, 1, 12);
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2c9a5e8d414b7a9c065e1d2b7f4a90x")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task A_bot_id_that_is_not_a_guid_is_refused_with_a_clear_message_and_no_file(string botId)
    {
        var exit = await RunAsync("--bot-id", botId, "--out", PackagePath);

        Assert.Equal(2, exit);
        Assert.Contains("--bot-id must be a GUID", _error.ToString());
        Assert.Contains(botId, _error.ToString());
        Assert.False(File.Exists(PackagePath));
    }

    [Theory]
    [InlineData("--website-url", "http://insecure.example.org/")]
    [InlineData("--privacy-url", "confidentialite.html")]
    [InlineData("--domain", "https://app.azurewebsites.net/")]
    [InlineData("--app-version", "1.0")]
    [InlineData("--app-id", "mednum49")]
    public async Task Other_bad_options_are_each_named_in_the_error(string option, string value)
    {
        var exit = await RunAsync("--bot-id", BotId, "--out", PackagePath, option, value);

        Assert.Equal(2, exit);
        Assert.StartsWith(option, _error.ToString());
        Assert.False(File.Exists(PackagePath));
    }

    [Fact]
    public async Task A_missing_bot_id_is_reported_by_the_parser()
    {
        var exit = await RunAsync("--out", PackagePath);

        Assert.NotEqual(0, exit);
        Assert.Contains("--bot-id", _error.ToString());
        Assert.False(File.Exists(PackagePath));
    }

    [Fact]
    public void Teams_package_is_a_subcommand_not_the_web_host()
    {
        Assert.True(CliApp.Handles(["teams-package", "--bot-id", BotId]));
    }

    [Fact]
    public async Task The_same_options_give_the_same_bytes()
    {
        var options = TeamsAppPackageOptions.ForBot(Guid.Parse(BotId));
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        await TeamsAppPackage.WriteAsync(options, first);
        await TeamsAppPackage.WriteAsync(options, second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
