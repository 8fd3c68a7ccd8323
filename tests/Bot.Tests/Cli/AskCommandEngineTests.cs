using System.Text.Json;
using Mednum49.Bot.Cli;

namespace Mednum49.Bot.Tests.Cli;

/// <summary><c>ask --jsonl</c> end to end with the real engine on the embedded knowledge base, as the evaluation runs it.</summary>
public sealed class AskCommandEngineTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    private async Task<List<JsonElement>> AskAsync(params string[] questions)
    {
        var input = string.Join('\n', questions) + "\n";
        var exit = await CliApp.RunAsync(["ask", "--jsonl"], new CliContext(new StringReader(input), _output, _error));
        Assert.Equal(0, exit);
        return [.. _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [Fact]
    public async Task Each_question_gets_one_json_line_with_real_facts_and_sources()
    {
        var lines = await AskAsync("Qui s'occupe de l'Entente-Vallée ?", "Qui porte l'action B.1 ?", "Quel est le tarif du train Angers-Paris ?");

        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].GetProperty("found").GetBoolean());
        Assert.Contains("Toile de Graines", lines[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("subdivision:baugeois-vallee/entente-vallee", lines[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

        Assert.True(lines[1].GetProperty("found").GetBoolean());
        Assert.Contains("Anjou numérique", lines[1].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("action:B.1", lines[1].GetProperty("sources")[0].GetString());

        Assert.False(lines[2].GetProperty("found").GetBoolean());
        Assert.Empty(lines[2].GetProperty("sources").EnumerateArray());
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public async Task An_ambiguous_question_lists_its_choices_in_the_answer_text()
    {
        var line = Assert.Single(await AskAsync("Vallée"));

        var answer = line.GetProperty("answer").GetString();
        Assert.Contains("1. ", answer, StringComparison.Ordinal);
        Assert.Contains("Baugeois Vallée", answer, StringComparison.Ordinal);
        Assert.Contains("Vallées du Haut Anjou", answer, StringComparison.Ordinal);
    }
}
