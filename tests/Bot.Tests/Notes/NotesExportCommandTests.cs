using System.Text;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Notes;
using Microsoft.Extensions.DependencyInjection;

namespace Mednum49.Bot.Tests.Notes;

/// <summary><c>notes export</c> end to end: the real CLI, host and store on a temporary database file.</summary>
public sealed class NotesExportCommandTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _database.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        CliApp.RunAsync(args, new CliContext(TextReader.Null, _output, _error)
        {
            ConfigureHost = builder => builder.Services.AddSingleton<IWorkingGroupDirectory, RoadmapWorkingGroups>(),
        });

    private async Task SeedAsync()
    {
        var store = _database.NewStore();
        await store.AddAsync(People.Draft(People.Marie, "=1+1 première note", RoadmapWorkingGroups.Financement), "k1");
        await store.AddAsync(People.Draft(People.Paul, "Seconde ; note\nsur deux lignes", RoadmapWorkingGroups.Financement), "k2");
        await store.AddAsync(People.Draft(People.Paul, "Un autre groupe", RoadmapWorkingGroups.Domicile), "k3");
        var deleted = await store.AddAsync(People.Draft(People.Marie, "Supprimée", RoadmapWorkingGroups.Financement), "k4");
        await store.DeleteAsync(deleted.Note.Reference, People.Marie);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Exports_a_group_to_csv_and_prints_a_one_line_summary()
    {
        await SeedAsync();
        var file = Path.Combine(_database.Folder, "export.csv");

        var exit = await RunAsync("notes", "export", "--group", "group:recherche-financement", "--out", file, "--database", _database.Path);

        Assert.Equal(0, exit);
        Assert.Equal("", _error.ToString());
        Assert.Equal($"2 notes exportées pour le groupe « {RoadmapWorkingGroups.Financement.Title} » dans {file}", _output.ToString().TrimEnd());
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvTestReader.Read(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(3, rows.Count);
        Assert.Equal(["'=1+1 première note", "Seconde ; note\nsur deux lignes"], rows.Skip(1).Select(r => r[3]));
        Assert.All(rows.Skip(1), r => Assert.Equal(RoadmapWorkingGroups.Financement.Title, r[1]));
        Assert.Empty(Directory.GetFiles(_database.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Exports_markdown_by_option_or_by_extension_and_accepts_the_bare_slug()
    {
        await SeedAsync();
        var byOption = Path.Combine(_database.Folder, "digest.txt");
        var byExtension = Path.Combine(_database.Folder, "digest.md");

        Assert.Equal(0, await RunAsync("notes", "export", "--group", "recherche-financement", "--out", byOption, "--format", "md", "--database", _database.Path));
        Assert.Equal(0, await RunAsync("notes", "export", "--group", "group:recherche-financement", "--out", byExtension, "--database", _database.Path));

        var markdown = await File.ReadAllTextAsync(byOption);
        Assert.StartsWith($"# Notes du groupe de travail « {RoadmapWorkingGroups.Financement.Title} »", markdown);
        Assert.Contains("> \\=1+1 première note", markdown);
        Assert.DoesNotContain("Supprimée", markdown);
        Assert.Equal(markdown, await File.ReadAllTextAsync(byExtension));
    }

    [Fact]
    public async Task An_unknown_group_is_refused_with_the_list_of_groups_and_no_file()
    {
        await SeedAsync();
        var file = Path.Combine(_database.Folder, "export.csv");

        var exit = await RunAsync("notes", "export", "--group", "group:inconnu", "--out", file, "--database", _database.Path);

        Assert.Equal(1, exit);
        Assert.Contains("Groupe de travail inconnu : « group:inconnu »", _error.ToString());
        Assert.Contains("group:accompagnement-domicile  Accompagnement à domicile", _error.ToString());
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task An_unwritable_path_is_reported_clearly()
    {
        await SeedAsync();
        var file = Path.Combine(_database.Folder, "missing-folder", "export.csv");

        var exit = await RunAsync("notes", "export", "--group", "group:recherche-financement", "--out", file, "--database", _database.Path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"Impossible d'écrire {file} :", _error.ToString());
        Assert.Equal("", _output.ToString());
    }

    [Fact]
    public async Task A_missing_database_is_reported_instead_of_exporting_nothing()
    {
        var missing = Path.Combine(_database.Folder, "absent.db");

        var exit = await RunAsync("notes", "export", "--group", "group:recherche-financement", "--out", Path.Combine(_database.Folder, "x.csv"), "--database", missing);

        Assert.Equal(1, exit);
        Assert.Contains($"Aucune base de données à {missing}", _error.ToString());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Group_and_output_are_required()
    {
        var exit = await RunAsync("notes", "export", "--group", "group:recherche-financement");

        Assert.NotEqual(0, exit);
        Assert.Contains("--out", _error.ToString());
    }

    [Fact]
    public async Task The_benchmark_runs_on_a_temporary_database_and_reports_every_measure()
    {
        var exit = await RunAsync("notes", "bench", "--notes", "40", "--writers", "4");

        Assert.Equal(0, exit);
        var report = _output.ToString();
        Assert.Contains("save one note (sequential)", report);
        Assert.Contains("save, 4 concurrent writers", report);
        Assert.Contains("CSV export of 41 notes", report);
        Assert.Contains("Markdown export of 41 notes", report);
        var database = report.Split('\n')[0].Split(" on ")[1].Split(':')[0];
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void The_notes_command_runs_instead_of_the_web_host()
    {
        Assert.True(CliApp.Handles(["notes", "export"]));
    }
}
