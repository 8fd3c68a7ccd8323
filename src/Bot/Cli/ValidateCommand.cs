using System.CommandLine;
using System.Globalization;
using Mednum49.Knowledge;
using Mednum49.Knowledge.Loading;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>validate [path]</c>: loads a knowledge-base folder with the same loader as the bot, and prints the counts per kind
/// and <c>errors: 0</c> (exit 0), or every error as <c>file:line: message</c> on stderr (exit 1).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var path = new Argument<string?>("path")
        {
            Description = "The knowledge-base folder (default: the embedded one).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var benchmark = new Option<int?>("--benchmark")
        {
            Description = "Also load the folder this many times and print the first and median load times.",
        };
        var command = new Command("validate", "Check the knowledge base and print a summary or its errors.") { path, benchmark };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parse.GetValue(path) ?? KnowledgeOptions.DefaultDataPath);
            var result = KnowledgeBaseLoader.Load(folder);

            if (!result.IsValid)
            {
                await cli.Error.WriteLineAsync($"{folder}: {result.Errors.Count} error(s)");
                foreach (var error in result.Errors)
                {
                    await cli.Error.WriteLineAsync(error.ToString());
                }

                return 1;
            }

            await cli.Output.WriteLineAsync($"{folder}: valid (loaded in {result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)");
            foreach (var (kind, count) in result.KnowledgeBase!.Counts)
            {
                await cli.Output.WriteLineAsync($"  {kind}: {count}");
            }

            await cli.Output.WriteLineAsync("  errors: 0");
            if (parse.GetValue(benchmark) is { } runs and >= 2)
            {
                var timings = KnowledgeBaseLoadBenchmark.Measure(folder, runs);
                await cli.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"benchmark: {timings.Runs} loads, first {timings.First.TotalMilliseconds:0.0} ms, median {timings.Median.TotalMilliseconds:0.0} ms, fastest {timings.Fastest.TotalMilliseconds:0.0} ms"));
            }

            return 0;
        });
        return command;
    }
}
