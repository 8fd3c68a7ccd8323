using System.Text.Json.Nodes;
using Mednum49.Bot.Teams;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>The schema check really checks: broken manifests fail it, each for its own reason.</summary>
public sealed class ManifestValidatorTests
{
    private static JsonNode ValidManifest() =>
        TeamsAppManifest.Build(TeamsAppPackageOptions.ForBot(Guid.Parse("3f2c9a5e-8d41-4b7a-9c06-5e1d2b7f4a90")));

    [Fact]
    public async Task The_generated_manifest_passes()
    {
        var validation = await ManifestValidator.ValidateAsync(ValidManifest());

        Assert.True(validation.Valid, validation.ToString());
    }

    public static TheoryData<string, string> Breakages() => new()
    {
        { "bot id not a guid", "/bots/0/botId" },
        { "developer missing", "developer" },
        { "short name over 30 characters", "/name/short" },
        { "short description over 80 characters", "/description/short" },
        { "unknown scope", "/bots/0/scopes/0" },
        { "thirteen commands in a list", "/bots/0/commandLists/0/commands" },
        { "unknown property", "additionalProperty" },
        { "schema url of another version", "/$schema" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task A_broken_manifest_fails_and_the_error_points_at_the_fault(string breakage, string expectedInError)
    {
        var manifest = ValidManifest();
        var bot = manifest["bots"]![0]!;
        switch (breakage)
        {
            case "bot id not a guid": bot["botId"] = "mednum49-bot"; break;
            case "developer missing": manifest.AsObject().Remove("developer"); break;
            case "short name over 30 characters": manifest["name"]!["short"] = new string('M', 31); break;
            case "short description over 80 characters": manifest["description"]!["short"] = new string('d', 81); break;
            case "unknown scope": bot["scopes"]![0] = "meeting"; break;
            case "thirteen commands in a list":
                var commands = bot["commandLists"]![0]!["commands"]!.AsArray();
                while (commands.Count < 13)
                {
                    commands.Add(new JsonObject { ["title"] = $"c{commands.Count}", ["description"] = "x" });
                }

                break;
            case "unknown property": manifest["unexpected"] = true; break;
            case "schema url of another version": manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json"; break;
        }

        var validation = await ManifestValidator.ValidateAsync(manifest);

        Assert.False(validation.Valid, breakage);
        Assert.Contains(validation.Errors, e => e.Contains(expectedInError, StringComparison.Ordinal));
    }
}
