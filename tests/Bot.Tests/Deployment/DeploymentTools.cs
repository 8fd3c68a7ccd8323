using System.Diagnostics;
using System.Reflection;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>Where the repository and the real tools are (from the test project's assembly metadata), and how to run them.</summary>
internal static class DeploymentTools
{
    public static string RepositoryRoot { get; } = Metadata("Mednum49.RepositoryRoot");

    public static string DeploymentTemplates => Path.Combine(RepositoryRoot, "deploymentTemplates");

    public static string NodeTools => Path.Combine(RepositoryRoot, "tools", "node");

    /// <summary>The <c>bicep</c> binary of the Azure.Bicep.CommandLine.linux-x64 NuGet package, made executable.</summary>
    public static string BicepCli
    {
        get
        {
            var path = Metadata("Mednum49.BicepCli");
            Assert.True(File.Exists(path), $"The Bicep CLI is missing at {path}: run `dotnet restore` (PackageDownload in Bot.Tests.csproj).");

            // NuGet does not always keep the executable bit when it extracts a package.
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("The Bicep CLI downloaded by the tests is the linux-x64 build.");
            }

            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }

            return path;
        }
    }

    public static async Task<ProcessResult> RunAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // A guard against a hung tool, not a performance assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish.");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }

    private static string Metadata(string key) =>
        typeof(DeploymentTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing (see Bot.Tests.csproj).");
}

internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
