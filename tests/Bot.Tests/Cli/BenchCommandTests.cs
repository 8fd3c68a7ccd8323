using Mednum49.Bot.Cli;

namespace Mednum49.Bot.Tests.Cli;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _questions = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.yaml");
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => File.Delete(_questions);

    /// <summary>Runs two quick passes over the given question set; asserts success and returns the report.</summary>
    private async Task<string> BenchAsync(string questionSet)
    {
        await File.WriteAllTextAsync(_questions, questionSet);
        var exit = await CliApp.RunAsync(["bench", "--questions", _questions, "--passes", "2", "--skip-understanding"], new CliContext(TextReader.Null, _output, _error));
        Assert.Equal(0, exit);
        return _output.ToString();
    }

    [Fact]
    public async Task The_bench_reports_load_build_and_per_question_latency()
    {
        var report = await BenchAsync("""
            cases:
            - {id: a, q: "Qui s'occupe du Vihierois ?", all: ["Cholet"]}
            - {id: b, q: "Qui porte l'action B.6 ?"}
            """);

        Assert.Contains("knowledge base: ", report, StringComparison.Ordinal);
        Assert.Contains("start-up (load + build, cold): ", report, StringComparison.Ordinal);
        Assert.Contains("questions: 2 distinct, 2 timed passes (4 answers)", report, StringComparison.Ordinal);
        Assert.Contains("p99 ", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bench_times_the_conversations_of_the_sets_turn_by_turn()
    {
        var report = await BenchAsync("""
            cases:
            - {id: a, conv: x, q: "Y a-t-il une France Services à Candé ?"}
            - {id: b, conv: x, q: "et à Segré ?"}
            - {id: c, conv: y, q: "quels sont les groupes de travail ?"}
            - {id: d, conv: y, q: "la suite"}
            - {id: e, q: "Qui porte l'action B.6 ?"}
            """);

        Assert.Contains("per conversation turn (with the previous answer's context): p50 ", report, StringComparison.Ordinal);
        Assert.Contains("per turn of the sets' conversations (4 turns in 2 conversations, 2 passes): p50 ", report, StringComparison.Ordinal);
        Assert.Contains("slowest turns (median): ", report, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux())
        {
            // The thread's CPU time per turn, next to the wall clock: what a turn costs when other processes share the cores.
            Assert.Contains("; thread cpu p50 ", report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_question_file_is_reported_with_exit_code_2()
    {
        var exit = await CliApp.RunAsync(["bench", "--questions", _questions], new CliContext(TextReader.Null, _output, _error));

        Assert.Equal(2, exit);
        Assert.Contains(_questions, _error.ToString(), StringComparison.Ordinal);
    }
}
