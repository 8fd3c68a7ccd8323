using Mednum49.Bot.Cli;

namespace Mednum49.Bot.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kb-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<int> ValidateAsync() =>
        CliApp.RunAsync(["validate", _folder], new CliContext(TextReader.Null, _output, _error));

    [Fact]
    public async Task A_broken_file_is_reported_with_its_name_and_line_and_exit_code_1()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.yaml"), "axes:\n  - code: A\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.yaml"), "axes:\n  - code: A\n    title: [unclosed\n");

        var exit = await ValidateAsync();

        Assert.Equal(1, exit);
        Assert.Matches(@"bad\.yaml:\d+:", _error.ToString());
        Assert.DoesNotContain("good.yaml", _error.ToString());
    }

    [Fact]
    public async Task A_missing_folder_is_reported_and_exit_code_is_1()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(_folder, "..", Path.GetFileName(_folder) + "-unused"));

        var exit = await ValidateAsync();

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", _error.ToString());
        Directory.CreateDirectory(_folder);
    }
}
