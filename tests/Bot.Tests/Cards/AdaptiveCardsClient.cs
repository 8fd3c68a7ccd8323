using System.ComponentModel;
using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

/// <summary>
/// The official Adaptive Cards JavaScript client (npm <c>adaptivecards</c>), run through Node by
/// <c>tools/node/validate-card.js</c>: it parses and validates cards exactly as Web Chat does.
/// <c>tools/node/node_modules</c> is installed when this test project builds.
/// </summary>
public static class AdaptiveCardsClient
{
    private static readonly Lazy<string> ToolsDirectory = new(FindToolsDirectory);

    /// <summary>Checks each card (one Node run for all of them) against the highest version Teams renders.</summary>
    public static async Task<IReadOnlyList<CardCheck>> CheckAsync(IEnumerable<JToken> cards, string maxVersion = "1.5")
    {
        var input = new JArray(cards.Select(c => c.DeepClone()));
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ToolsDirectory.Value,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("validate-card.js");
        start.ArgumentList.Add("--max-version");
        start.ArgumentList.Add(maxVersion);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("These tests need Node.js on the PATH (`node`), as CI installs it.", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(input.ToString(Newtonsoft.Json.Formatting.None));
            process.StandardInput.Close();
            // A guard against a hung process, not a performance assertion.
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(guard.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"validate-card.js exited with {process.ExitCode}: {await errors}");
            }

            return [.. JArray.Parse(await output).Select(CardCheck.From)];
        }
    }

    public static async Task<CardCheck> CheckAsync(JToken card, string maxVersion = "1.5") => (await CheckAsync([card], maxVersion))[0];

    private static string FindToolsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var tools = Path.Combine(directory.FullName, "tools", "node");
            if (File.Exists(Path.Combine(tools, "validate-card.js")))
            {
                if (!Directory.Exists(Path.Combine(tools, "node_modules", "adaptivecards")))
                {
                    throw new InvalidOperationException($"{tools}/node_modules is missing: build tests/Bot.Tests (it runs npm ci there).");
                }

                return tools;
            }
        }

        throw new InvalidOperationException("tools/node/validate-card.js not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>What the client said about one card.</summary>
public sealed record CardCheck(int Index, string? Version, bool Valid, IReadOnlyList<string> Errors, IReadOnlyList<string> DroppedProperties)
{
    public static CardCheck From(JToken result) => new(
        (int)result["index"]!,
        (string?)result["version"],
        (bool)result["valid"]!,
        [.. result["errors"]!.Select(e => $"{e["event"]}: {e["message"]}")],
        [.. result["droppedProperties"]!.Select(p => (string)p!)]);

    public override string ToString() =>
        $"card {Index} (version {Version}): {(Valid ? "valid" : "invalid")}; errors: [{string.Join(" | ", Errors)}]; dropped: [{string.Join(", ", DroppedProperties)}]";
}
