using System.Diagnostics;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// The bot's real executable (<c>dotnet Mednum49.Bot.dll …</c>), as an operator runs it, with the given settings as
/// environment variables. The test process's own generation settings are not inherited: only the test's count.
/// </summary>
public static class BotRun
{
    private static readonly string[] SettingPrefixes = ["AzureOpenAI__", "OpenAI__", "Generation__", "Storage__"];

    public static async Task<BotProcessResult> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var inherited in start.Environment.Keys.Where(k => SettingPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Ours to stop: the process this helper started, by its id.
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new BotProcessResult(process.ExitCode, await stdout, await stderr);
    }
}

public sealed record BotProcessResult(int ExitCode, string Output, string Error)
{
    /// <summary>The lines written to stderr, blank ones left out.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
