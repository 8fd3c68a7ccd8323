using System.CommandLine;
using System.Text;
using Mednum49.Bot.Hosting;

namespace Mednum49.Bot.Cli;

/// <summary>
/// The command-line interface of the bot's executable. With no subcommand (or only host arguments such as
/// <c>--urls</c>) the executable runs the web host instead.
/// </summary>
public static class CliApp
{
    // 128 + SIGINT, as shells report a command stopped with Ctrl+C.
    private const int CanceledExitCode = 130;

    private static readonly string[] HelpTokens = ["-h", "--help", "-?", "--version"];

    public static bool Handles(string[] args) =>
        args.Length > 0 && (HelpTokens.Contains(args[0]) || CreateRoot(CliContext.FromConsole()).Subcommands.Any(c => c.Name == args[0]));

    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, CliContext.FromConsole());

    public static async Task<int> RunAsync(string[] args, CliContext cli)
    {
        if (ReferenceEquals(cli.Output, Console.Out))
        {
            // Answers are French: make sure accents survive pipes and redirections.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        var root = CreateRoot(cli);
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration
            {
                Output = cli.Output,
                Error = cli.Error,
                // Ours below: the default handler prints every exception with its stack trace.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (ConfigurationErrors.Describe(e) is { } error)
        {
            // Whatever the command: one line naming the key to fix, as the web host does.
            await cli.Error.WriteLineAsync(error);
            return ConfigurationErrors.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return CanceledExitCode;
        }
        catch (Exception e)
        {
            // What the default handler did: a bug is reported in full, with exit code 1.
            await cli.Error.WriteLineAsync($"Unhandled exception: {e}");
            return 1;
        }
    }

    internal static RootCommand CreateRoot(CliContext cli) =>
        new("Mednum49 Bot. Without a command, runs the bot's web host (POST /api/messages, GET /healthz).")
        {
            AskCommand.Create(cli),
            NotesCommand.Create(cli),
            InsightsCommand.Create(cli),
            ChatCommand.Create(cli),
            ValidateCommand.Create(cli),
            BenchCommand.Create(cli),
            TeamsPackageCommand.Create(cli),
            PlacesCommand.Create(cli),
        };
}
