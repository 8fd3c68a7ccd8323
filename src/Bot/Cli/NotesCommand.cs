using System.CommandLine;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>notes export --group &lt;id&gt; --out file.csv [--format csv|md] [--database path]</c>: a group's notes to a
/// file, for coordinators on the server (no access check: whoever can run this can read the database anyway). It reads
/// the configured provider: the SQLite file, or PostgreSQL with <c>Storage__Provider=postgres</c> and
/// <c>Storage__ConnectionString</c>.
/// </summary>
internal static class NotesCommand
{
    public static Command Create(CliContext cli) => new("notes", "Working-group notes.") { CreateExport(cli), CreateBenchmark(cli) };

    // `notes bench`: the numbers of NotesBenchmark, on a fresh temporary SQLite file, or with --postgres in a fresh
    // temporary schema of that PostgreSQL database (dropped afterwards).
    private static Command CreateBenchmark(CliContext cli)
    {
        var count = new Option<int>("--notes") { Description = "How many notes to save.", DefaultValueFactory = _ => 2_000 };
        var writers = new Option<int>("--writers") { Description = "Concurrent writers.", DefaultValueFactory = _ => 8 };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string (Npgsql format): measure there, in a temporary schema." };
        var command = new Command("bench", "Measure saving, listing and exporting notes on a temporary SQLite file or PostgreSQL schema.") { count, writers, postgres };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var notes = Math.Max(20, parse.GetValue(count));
            var concurrency = Math.Max(1, parse.GetValue(writers));
            if (parse.GetValue(postgres) is { Length: > 0 } connectionString)
            {
                await using var schema = await PostgresBenchSchema.CreateAsync(connectionString, cancellationToken);
                await NotesBenchmark.OnPostgres(schema.Database, notes, concurrency).RunAsync(cli.Output, cancellationToken);
                return 0;
            }

            var folder = Directory.CreateTempSubdirectory("notes-bench-");
            try
            {
                var path = Path.Combine(folder.FullName, "bench.db");
                await NotesBenchmark.OnSqlite(path, notes, concurrency).RunAsync(cli.Output, cancellationToken);
                await cli.Output.WriteLineAsync($"database file: {new FileInfo(path).Length / 1024} KiB");
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        });
        return command;
    }

    private static Command CreateExport(CliContext cli)
    {
        var group = new Option<string>("--group")
        {
            Description = "The working group: its id (group:<slug>) or its slug.",
            Required = true,
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "The file to write (replaced if it exists).",
            Required = true,
        };
        var format = new Option<string?>("--format")
        {
            Description = "csv (French Excel: UTF-8 with BOM, ';') or md (a Markdown digest). Default: from the file's extension, else csv.",
        };
        format.AcceptOnlyFromAmong("csv", "md");
        var databasePath = new Option<FileInfo?>("--database")
        {
            Description = "The bot's SQLite database (default: Storage:DatabasePath).",
        };

        var command = new Command("export", "Export a working group's notes to a CSV or Markdown file.") { group, output, format, databasePath };
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

            return await ExportAsync(host, parse.GetValue(group)!, parse.GetValue(output)!, parse.GetValue(format), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExportAsync(CliContext cli, string groupId, FileInfo output, string? format, CancellationToken cancellationToken)
    {
        using var host = cli.BuildHost();
        var services = host.Services;

        var directory = services.GetRequiredService<IWorkingGroupDirectory>();

        var group = directory.Find(groupId.Trim()) ?? directory.Find(WorkingGroup.IdPrefix + groupId.Trim());
        if (group is null)
        {
            await cli.Error.WriteLineAsync($"Groupe de travail inconnu : « {groupId} ». Groupes connus :");
            foreach (var known in directory.All())
            {
                await cli.Error.WriteLineAsync($"  {known.Id}  {known.Title}");
            }

            return 1;
        }

        // With PostgreSQL (Storage:Provider=postgres, Storage:ConnectionString) the notes are on the server.
        if (services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.ParsedProvider == StorageProvider.Sqlite)
        {
            var database = services.GetRequiredService<SqliteDatabase>();
            if (!File.Exists(database.Path))
            {
                // Opening would create an empty database: say so instead of exporting nothing.
                await cli.Error.WriteLineAsync($"Aucune base de données à {database.Path} : indiquez-la avec --database.");
                return 1;
            }
        }

        var notes = await services.GetRequiredService<INoteStore>().ListAllByGroupAsync(group.Id, cancellationToken);
        var markdown = string.Equals(format ?? (output.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) ? "md" : "csv"), "md", StringComparison.Ordinal);
        var bytes = markdown ? NotesMarkdownExporter.ToBytes(group, notes) : await NotesCsvExporter.ToBytesAsync(group, notes, cancellationToken);

        try
        {
            await WriteAtomicallyAsync(output, bytes, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            await cli.Error.WriteLineAsync($"Impossible d'écrire {output.FullName} : {e.Message}");
            return 1;
        }

        await cli.Output.WriteLineAsync($"{Dialogs.FrenchCount.Notes(notes.Count, "exportée")} pour le groupe « {group.Title} » dans {output.FullName}");
        return 0;
    }

    // Write next to the target, then rename: a failed export never leaves half a file where the old one was.
    private static async Task WriteAtomicallyAsync(FileInfo output, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(output.DirectoryName ?? ".", $".{output.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, output.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
