using System.CommandLine;
using System.Text;

namespace Mednum49.Bot.Cli;

/// <summary>
/// The command-line interface of the bot's executable. With no subcommand (or only host arguments such as
/// <c>--urls</c>) the executable runs the web host instead.
/// </summary>
public static class CliApp
{
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
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = cli.Output, Error = cli.Error });
    }

    internal static RootCommand CreateRoot(CliContext cli) =>
        new("Mednum49 Bot. Without a command, runs the bot's web host (POST /api/messages, GET /healthz).")
        {
            AskCommand.Create(cli),
            NotesCommand.Create(cli),
            ChatCommand.Create(cli),
            ValidateCommand.Create(cli),
            BenchCommand.Create(cli),
            TeamsPackageCommand.Create(cli),
            PlacesCommand.Create(cli),
        };
}
