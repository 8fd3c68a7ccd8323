using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>
/// Runs tools/node/validate-manifest.mjs: the official Teams manifest JSON schema of the manifest's own version,
/// from the npm package @microsoft/app-manifest, applied with Ajv as that package does.
/// </summary>
internal static class ManifestValidator
{
    public static async Task<ManifestValidation> ValidateAsync(JsonNode manifest)
    {
        var file = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, manifest.ToJsonString());
            var run = await DeploymentTools.RunAsync("node", DeploymentTools.NodeTools, "validate-manifest.mjs", file);
            Assert.True(run.ExitCode is 0 or 1, run.ToString());

            var result = JsonNode.Parse(run.Output)!;
            var errors = result["errors"]!.AsArray().Select(e => (string)e!).ToList();
            return new ManifestValidation(run.ExitCode == 0 && (bool)result["valid"]!, (string?)result["schemaFile"], errors);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

internal sealed record ManifestValidation(bool Valid, string? SchemaFile, IReadOnlyList<string> Errors)
{
    public override string ToString() => JsonSerializer.Serialize(this);
}
