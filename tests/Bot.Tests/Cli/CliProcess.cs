using System.Diagnostics;
using System.Reflection;

namespace Mednum49.Bot.Tests.Cli;

/// <summary>
/// The bot's command line run as users run it, in a child process: stdin lines in, stdout and stderr captured apart.
/// Either the built assembly (<c>dotnet Mednum49.Bot.dll …</c>, what the test build already produced) or the README's
/// <c>dotnet run --project src/Bot …</c> from the repository (with <c>--no-build</c>: the test build built it).
/// </summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>The configuration the tests (and so src/Bot) were built in: Debug or Release.</summary>
    public static string Configuration =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The checkout holding the solution, found from the test binaries; null when they were copied elsewhere.</summary>
    public static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mednum49.Bot.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary><c>dotnet Mednum49.Bot.dll args</c> from the test binaries' folder.</summary>
    public static Task<Result> RunAssemblyAsync(IEnumerable<string> stdin, string databasePath, params string[] args) =>
        RunAsync([typeof(Program).Assembly.Location, .. args], AppContext.BaseDirectory, stdin, databasePath);

    /// <summary><c>dotnet run --project src/Bot -c … --no-build -- args</c> from the repository root.</summary>
    public static Task<Result> RunProjectAsync(string root, IEnumerable<string> stdin, string databasePath, params string[] args) =>
        RunAsync(["run", "--project", "src/Bot", "-c", Configuration, "--no-build", "--", .. args], root, stdin, databasePath);

    private static async Task<Result> RunAsync(string[] arguments, string workingDirectory, IEnumerable<string> stdin, string databasePath)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // The first-run banner of the SDK is the machine's, not the project's: a fresh CI machine has shown it at build.
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Not the database next to the binaries: a temporary one, as a user with their own settings would have.
        start.Environment["Storage__DatabasePath"] = databasePath;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var line in stdin)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not end:\n{await error}");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
