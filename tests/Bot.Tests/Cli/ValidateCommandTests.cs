using Mednum49.Bot.Cli;
using Mednum49.Knowledge;

namespace Mednum49.Bot.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kb-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<int> ValidateAsync(params string[] path) =>
        CliApp.RunAsync(["validate", .. path], new CliContext(TextReader.Null, _output, _error));

    /// <summary>Copies the embedded knowledge base into the test folder, so that a test can break one file.</summary>
    private void CopyEmbeddedBase()
    {
        foreach (var file in Directory.EnumerateFiles(KnowledgeOptions.DefaultDataPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, Path.GetRelativePath(KnowledgeOptions.DefaultDataPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task The_embedded_base_is_valid_and_its_counts_per_kind_are_printed_with_exit_code_0()
    {
        var exit = await ValidateAsync();

        Assert.Equal(0, exit);
        var output = _output.ToString();
        foreach (var line in new[] { "axes: 5", "actions: 24", "working groups: 8", "territories: 9", "communes: 176", "former communes: 230", "participants: 40", "errors: 0" })
        {
            Assert.Contains($"  {line}{Environment.NewLine}", output);
        }

        Assert.Empty(_error.ToString());
    }

    [Fact]
    public async Task A_broken_file_is_reported_with_its_name_and_line_and_exit_code_1()
    {
        CopyEmbeddedBase();
        var file = Path.Combine(_folder, "territories", "cholet-agglomeration.yaml");
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains("carried_by: [org:anjou-numerique]", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("org:anjou-numerique", "org:anjou-numerik", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var exit = await ValidateAsync(_folder);

        Assert.Equal(1, exit);
        Assert.Contains($"territories/cholet-agglomeration.yaml:{index + 1}: ", _error.ToString());
        Assert.Contains("unknown organisation 'org:anjou-numerik'", _error.ToString());
        Assert.DoesNotContain("errors: 0", _output.ToString());
    }

    [Fact]
    public async Task Bad_yaml_is_reported_with_its_line_and_exit_code_1()
    {
        CopyEmbeddedBase();
        File.WriteAllText(Path.Combine(_folder, "topics.yaml"), "topics:\n  - id: topic:seniors\n    name: [unclosed\n");

        var exit = await ValidateAsync(_folder);

        Assert.Equal(1, exit);
        Assert.Matches(@"topics\.yaml:[2-4]: ", _error.ToString());
    }

    [Fact]
    public async Task A_missing_folder_is_reported_and_exit_code_is_1()
    {
        Directory.Delete(_folder, recursive: true);

        var exit = await ValidateAsync(_folder);

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", _error.ToString());
    }
}
