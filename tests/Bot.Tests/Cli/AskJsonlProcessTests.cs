using System.Text.Json;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Cli;

/// <summary>
/// <c>ask --jsonl</c> as scripts and the evaluation run it: the real executable in a child process, real engine,
/// questions on stdin. Stdout must hold the JSON lines and nothing else (no « Using launch settings », no log line),
/// one per input line, in order, each with its fields and the conversation it belongs to; turns of one conversation
/// follow each other's context, plain lines do not.
/// </summary>
public sealed class AskJsonlProcessTests : IDisposable
{
    private static readonly string[] Input =
    [
        """{"conversation": "fs", "question": "Y a-t-il une France Services à Candé ?"}""",
        "Qui porte l'action B.6 ?",
        """{"conversation": "fs", "question": "et à Segré ?"}""",
        """{"conversation": "groups", "question": "quels sont les groupes de travail ?"}""",
        "et à Segré ?",
        """{"conversation": "groups", "question": "la suite"}""",
        "",
        """{"conversation": 7, "question": "bonjour"}""",
        """{"conversation": "broken", "question": """,
    ];

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_built_executable_writes_only_json_lines_that_follow_each_conversation()
    {
        var result = await CliProcess.RunAssemblyAsync(Input, _database.Path, "ask", "--jsonl");

        AssertJsonLinesOnly(result);
    }

    [Fact]
    public async Task The_readme_command_dotnet_run_writes_only_json_lines_too()
    {
        var root = CliProcess.RepositoryRoot();
        Assert.True(root is not null, $"No Mednum49.Bot.sln above {AppContext.BaseDirectory}");

        var result = await CliProcess.RunProjectAsync(root, Input, _database.Path, "ask", "--jsonl");

        Assert.DoesNotContain("Using launch settings", result.Output, StringComparison.Ordinal);
        AssertJsonLinesOnly(result);
    }

    private static void AssertJsonLinesOnly(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Error}");
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("", lines[^1]); // every line ends with a newline, the last one too
        lines.RemoveAt(lines.Count - 1);
        Assert.True(lines.Count == Input.Length, $"{lines.Count} lines for {Input.Length} questions:\n{result.Output}\n--- stderr:\n{result.Error}");

        var answers = lines.Select((line, i) =>
        {
            Assert.True(line.StartsWith('{') && line.EndsWith('}'), $"line {i + 1} is not a JSON object: {line}");
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        }).ToList();

        for (var i = 0; i < answers.Count; i++)
        {
            var names = answers[i].EnumerateObject().Select(p => p.Name).ToList();
            var conversation = AskInputConversation(Input[i]);
            Assert.Equal(conversation is null ? ["question", "found", "answer", "sources"] : ["conversation", "question", "found", "answer", "sources"], names);
            Assert.Equal(conversation, conversation is null ? null : answers[i].GetProperty("conversation").GetString());
            Assert.Equal(JsonValueKind.Array, answers[i].GetProperty("sources").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(answers[i].GetProperty("answer").GetString()), $"line {i + 1} has no answer");
        }

        string Answer(int i) => answers[i].GetProperty("answer").GetString()!;
        Assert.Equal("Y a-t-il une France Services à Candé ?", answers[0].GetProperty("question").GetString());
        Assert.True(answers[0].GetProperty("found").GetBoolean());
        Assert.Contains("Candé", Answer(0), StringComparison.Ordinal);
        Assert.Contains("action:B.6", answers[1].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        // A turn of "fs", after a plain question in between: still about France Services.
        Assert.Contains("France Services", Answer(2), StringComparison.Ordinal);
        Assert.Contains("Segré", Answer(2), StringComparison.Ordinal);
        // The same words on a plain line are a conversation of their own: Segré, not its France Services.
        Assert.Contains("Segré", Answer(4), StringComparison.Ordinal);
        Assert.DoesNotContain("France Services — Segré", Answer(4), StringComparison.Ordinal);
        Assert.Contains("France Services — Segré", Answer(2), StringComparison.Ordinal);
        // "la suite" of "groups": the groups after the first page.
        Assert.DoesNotContain("Recherche de financement", Answer(5), StringComparison.Ordinal);
        Assert.Contains("Accompagnement à domicile", Answer(5), StringComparison.Ordinal);
        // An empty line and a line that only looks like an object get an answer too, nothing is lost.
        Assert.False(answers[6].GetProperty("found").GetBoolean());
        Assert.Equal(Input[8].Trim(), answers[8].GetProperty("question").GetString());
    }

    // What the input line's "conversation" is, as AskInput reads it (ids may be numbers).
    private static string? AskInputConversation(string line) => Mednum49.Bot.Cli.AskInput.Read(line).Conversation;
}
