using System.CommandLine;
using Mednum49.Knowledge;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Places;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>places check &lt;file&gt;</c>: reads a file of the open-data standard « lieux de médiation numérique » as the bot
/// does and prints one line per problem (<c>&lt;file&gt;:&lt;line&gt;: &lt;field&gt;: &lt;reason&gt;</c>) then
/// <c>N places read, K kept, S skipped, P problems</c>; exit 0 when the file reads as the standard (problems are
/// warnings), 1 with the reason when it does not. <c>places export --out file.csv</c>: every place the bot knows, in
/// the standard's columns.
/// </summary>
internal static class PlacesCommand
{
    public static Command Create(CliContext cli) => new("places", "Places of digital mediation (national open-data standard).") { CreateCheck(cli), CreateExport(cli) };

    private static Command CreateCheck(CliContext cli)
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV or JSON file of the standard." };
        var command = new Command("check", "Check a places file against the standard and list its problems.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await cli.Error.WriteLineAsync($"{path.Name}: the file does not exist ({path.FullName}).");
                return 1;
            }

            var result = PlacesLoader.LoadFile(path.FullName, path.Name);
            if (result.FileErrors.Count > 0)
            {
                foreach (var error in result.FileErrors)
                {
                    await cli.Error.WriteLineAsync($"{error.File}: cannot be read as the standard « lieux de médiation numérique »: {error.Reason}.");
                }

                return 1;
            }

            foreach (var problem in result.Problems)
            {
                await cli.Output.WriteLineAsync(problem.ToString());
            }

            await cli.Output.WriteLineAsync(result.Summary);
            cancellationToken.ThrowIfCancellationRequested();
            return 0;
        });
        return command;
    }

    private static Command CreateExport(CliContext cli)
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write (replaced if it exists).", Required = true };
        var command = new Command("export", "Write every place the bot knows in the standard's columns (CSV).") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(output)!;
            using var host = cli.BuildHost();
            var kb = host.Services.GetRequiredService<IKnowledgeBaseProvider>().Current;
            target.Directory?.Create();
            await using (var stream = File.Create(target.FullName))
            {
                var count = await PlacesCsvExporter.WriteAsync(stream, kb, cancellationToken);
                var from = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvedPlacesPath;
                await cli.Output.WriteLineAsync($"{count} places written to {target.FullName} ({kb.OpenData.All.Count} from {from}, {count - kb.OpenData.All.Count} from the roadmap)");
            }

            return 0;
        });
        return command;
    }
}
