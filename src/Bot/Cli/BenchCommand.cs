using System.CommandLine;
using Mednum49.Knowledge;
using Mednum49.Knowledge.Benchmarks;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>bench [--questions file.yaml…] [--passes n] [--data folder] [--skip-understanding]</c>: knowledge-base load and
/// engine build times (cold and warm), then p50/p99 per question over the question sets, per conversation turn (every
/// question after the previous one's context, then the sets' own conversations, each with its context), then the
/// understanding benchmark. Run it on a Release build (<c>dotnet run -c Release --project src/Bot -- bench</c>) from the repository root.
/// </summary>
internal static class BenchCommand
{
    /// <summary>The question sets timed by default, relative to the repository root, when they exist.</summary>
    private static readonly string[] DefaultQuestionFiles = ["tests/Knowledge.Tests/Answering/questions.yaml", "../shared/eval/questions.dev.yaml", "tests/Knowledge.Tests/Answering/Dialogue/conversations.yaml", "../shared/eval/conversations.dev.yaml"];

    /// <summary>The default question sets, from the repository root: the current directory or one of its parents (or the binaries').</summary>
    private static string[] DefaultFiles()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, DefaultQuestionFiles[0])))
                {
                    return [.. DefaultQuestionFiles.Select(f => Path.GetFullPath(Path.Combine(folder.FullName, f))).Where(File.Exists)];
                }
            }
        }

        return [];
    }

    public static Command Create(CliContext cli)
    {
        var files = new Option<string[]>("--questions")
        {
            Description = "YAML question files (cases: - q: …). Cases with a conv are also timed as conversations. Default: the project's sets and ../shared/eval's dev sets.",
            AllowMultipleArgumentsPerToken = true,
        };
        var passes = new Option<int>("--passes") { Description = "Timed passes over all the questions.", DefaultValueFactory = _ => 50 };
        var data = new Option<string?>("--data") { Description = "Knowledge-base folder (default: the embedded one)." };
        var skipUnderstanding = new Option<bool>("--skip-understanding") { Description = "Do not run the understanding benchmark." };
        var places = new Option<int>("--places") { Description = "Also load this many generated open-data places (a temporary CSV of fictitious places).", DefaultValueFactory = _ => 0 };
        var command = new Command("bench", "Measure knowledge-base load, engine build and per-question latency.") { files, passes, data, skipUnderstanding, places };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(files) ?? [];
            var paths = given.Length > 0 ? given : DefaultFiles();
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            if (paths.Length == 0 || missing.Count > 0)
            {
                await cli.Error.WriteLineAsync(missing.Count > 0
                    ? $"Question file not found: {string.Join(", ", missing)}"
                    : "No question file found: run from the repository root or pass --questions file.yaml.");
                return 2;
            }

            var questions = AnswerEngineBenchmark.ReadQuestions(paths);
            await cli.Output.WriteLineAsync($"question sets: {string.Join(", ", paths)}");
            var dataPath = parse.GetValue(data) ?? KnowledgeOptions.DefaultDataPath;
            string? placesFile = null;
            if (parse.GetValue(places) is > 0 and var count)
            {
                placesFile = Path.Combine(Path.GetTempPath(), $"bench-places-{Guid.NewGuid():N}.csv");
                // From the geography file, not the loaded base: the benchmark's first load stays as cold as a starting bot's.
                SamplePlaces.Write(placesFile, dataPath, count);
                questions = [.. questions, "téléphone de la Médiathèque de test 42", "horaires de l'espace numérique de test 1001 ?", "où se faire aider pour les démarches administratives à Candé ?"];
            }

            try
            {
                new AnswerEngineBenchmark(dataPath, questions, Math.Max(1, parse.GetValue(passes)), placesFile, AnswerEngineBenchmark.ReadTurns(paths)).Run(cli.Output);
            }
            finally
            {
                if (placesFile is not null)
                {
                    File.Delete(placesFile);
                }
            }

            if (!parse.GetValue(skipUnderstanding))
            {
                await cli.Output.WriteLineAsync();
                new UnderstandingBenchmark(5_000).Run(cli.Output);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return 0;
        });
        return command;
    }
}
