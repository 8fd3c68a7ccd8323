using System.CommandLine;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Storage;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>insights export --out file.csv [--days N] [--database path]</c>: the unanswered questions and 👎 of the last N
/// days (default 30) as the CSV of <c>questions export</c>, for coordinators on the server (no access check: whoever
/// can run this can read the database anyway).
/// </summary>
internal static class InsightsCommand
{
    public static Command Create(CliContext cli) => new("insights", "Unanswered questions and feedback (see docs/insights.md).") { CreateExport(cli) };

    private static Command CreateExport(CliContext cli)
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write (replaced if it exists).", Required = true };
        var days = new Option<int>("--days") { Description = "How many days back (default 30).", DefaultValueFactory = _ => 30 };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 3650)
            {
                result.AddError("--days doit être compris entre 1 et 3650.");
            }
        });
        var databasePath = new Option<FileInfo?>("--database") { Description = "The bot's SQLite database (default: Storage:DatabasePath)." };

        var command = new Command("export", "Export the unanswered questions and 👎 to a CSV file (French Excel: UTF-8 with BOM, ';').") { output, days, databasePath };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var database = parse.GetValue(databasePath);
            var host = database is null ? cli : cli with
            {
                ConfigureHost = builder =>
                {
                    cli.ConfigureHost?.Invoke(builder);
                    builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] = database.FullName;
                },
            };

            return await ExportAsync(host, parse.GetValue(output)!, parse.GetValue(days), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExportAsync(CliContext cli, FileInfo output, int days, CancellationToken cancellationToken)
    {
        using var host = cli.BuildHost();
        var services = host.Services;
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.ParsedProvider == StorageProvider.Sqlite
            && services.GetRequiredService<SqliteDatabase>() is { } database && !File.Exists(database.Path))
        {
            // Opening would create an empty database: say so instead of exporting nothing.
            await cli.Error.WriteLineAsync($"Aucune base de données à {database.Path} : indiquez-la avec --database.");
            return 1;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var events = await services.GetRequiredService<IInsightStore>().ListAsync(now.AddDays(-days), cancellationToken);
        var bytes = await InsightsCsvExporter.ToBytesAsync(events, cancellationToken);
        var temporary = Path.Combine(output.DirectoryName ?? ".", $".{output.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Written next to the target, then renamed: a failed export never leaves half a file where the old one was.
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, output.FullName, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            await cli.Error.WriteLineAsync($"Impossible d'écrire {output.FullName} : {e.Message}");
            return 1;
        }
        finally
        {
            File.Delete(temporary);
        }

        await cli.Output.WriteLineAsync(events.Count == 1
            ? $"1 ligne ({days} derniers jours) exportée dans {output.FullName}"
            : $"{events.Count} lignes ({days} derniers jours) exportées dans {output.FullName}");
        return 0;
    }
}
