using System.CommandLine;
using Mednum49.Knowledge;
using Mednum49.Knowledge.Loading;

namespace Mednum49.Bot.Cli;

/// <summary><c>validate [path]</c>: checks a knowledge-base folder; prints the counts per kind, or every error. Exit 0/1.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var path = new Argument<string?>("path")
        {
            Description = "The knowledge-base folder (default: the embedded one).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validate", "Check the knowledge base and print a summary or its errors.") { path };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parse.GetValue(path) ?? KnowledgeOptions.DefaultDataPath);
            var check = YamlSyntaxChecker.Check(folder);

            if (!check.IsValid)
            {
                await cli.Error.WriteLineAsync($"{folder}: {check.Errors.Count} error(s)");
                foreach (var error in check.Errors)
                {
                    await cli.Error.WriteLineAsync(error.ToString());
                }

                return 1;
            }

            await cli.Output.WriteLineAsync($"{folder}: valid");
            foreach (var (kind, count) in check.Counts)
            {
                await cli.Output.WriteLineAsync($"  {kind}: {count}");
            }

            await cli.Output.WriteLineAsync("  errors: 0");
            return 0;
        });
        return command;
    }
}
