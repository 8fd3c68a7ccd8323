using System.Text.Json;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Mednum49.Bot.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    // Conversation state (welcome, pending choices, dialogs) in a fresh database, not the one next to the binaries.
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private Task<int> RunAsync(string input, params string[] args) =>
        CliApp.RunAsync(args, new CliContext(new StringReader(input), _output, _error)
        {
            ConfigureHost = builder =>
            {
                builder.Configuration["Storage:DatabasePath"] = _database.Path;
                builder.Services.Replace(ServiceDescriptor.Singleton(_answers.Object));
            },
        });

    private static Answer Found(string question) => new()
    {
        Question = question,
        Found = true,
        Title = "Action B.6",
        Facts = [new AnswerFact("Portée par le Département.")],
        Sources = [new AnswerSource("action:B.6", "axe B"), new AnswerSource("org:departement", "II"), new AnswerSource("action:B.6", "axe B")],
    };

    [Fact]
    public async Task Ask_jsonl_writes_exactly_one_json_object_per_input_line()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string q, CancellationToken _) => Found(q));
        _answers.Setup(a => a.AskAsync("boom", It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));

        var exit = await RunAsync("Qui porte B.6 ?\n\nboom\n  « été » ?\n", "ask", "--jsonl");

        Assert.Equal(0, exit);
        var lines = _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(
            ["question", "found", "answer", "sources"], o.EnumerateObject().Select(p => p.Name)));

        Assert.Equal("Qui porte B.6 ?", objects[0].GetProperty("question").GetString());
        Assert.True(objects[0].GetProperty("found").GetBoolean());
        Assert.Equal(["action:B.6", "org:departement"], objects[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Portée par le Département.", objects[0].GetProperty("answer").GetString());

        Assert.False(objects[1].GetProperty("found").GetBoolean());
        Assert.False(objects[2].GetProperty("found").GetBoolean());
        Assert.DoesNotContain("boom", objects[2].GetProperty("answer").GetString());
        Assert.Equal("« été » ?", objects[3].GetProperty("question").GetString());
    }

    [Fact]
    public async Task Ask_with_a_question_prints_the_plain_text_answer()
    {
        _answers.Setup(a => a.AskAsync("Qui porte B.6 ?", It.IsAny<CancellationToken>())).ReturnsAsync(Found("Qui porte B.6 ?"));

        var exit = await RunAsync("", "ask", "Qui porte B.6 ?");

        Assert.Equal(0, exit);
        Assert.Equal(AnswerText.Render(Found("Qui porte B.6 ?")), _output.ToString().TrimEnd());
    }

    [Fact]
    public async Task Ask_without_a_question_explains_how_to_use_it()
    {
        var exit = await RunAsync("", "ask");

        Assert.Equal(2, exit);
        Assert.Contains("--jsonl", _error.ToString());
    }

    [Fact]
    public async Task Chat_runs_the_bot_turn_by_turn_until_the_user_leaves()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Title = $"Réponse à « {q} »" });

        var exit = await RunAsync("première question\nseconde question\nquitter\nnever asked\n", "chat", "--user", "test");

        Assert.Equal(0, exit);
        var transcript = _output.ToString();
        Assert.Contains(Mednum49.Bot.Cards.WelcomeCard.Title, transcript);
        Assert.Contains("Réponse à « première question »", transcript);
        Assert.Contains("Réponse à « seconde question »", transcript);
        _answers.Verify(a => a.AskAsync("never asked", It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Chat_shows_numbered_choices_that_the_user_answers_with_a_number()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Title = $"Réponse à « {q} »" });
        _answers.Setup(a => a.AskAsync("centre social", It.IsAny<CancellationToken>())).ReturnsAsync(Cards.SampleAnswers.Ambiguous());
        var third = EmbeddedKnowledge.Current.Territories[2].Name;

        var exit = await RunAsync("centre social\n2\nterritoire\n3\nquitter\n", "chat", "--user", "test");

        Assert.Equal(0, exit);
        var transcript = _output.ToString();
        Assert.Contains("1. Le Coin de la Rue\n2. Chloro'Fil\n3. Ocsigène", transcript, StringComparison.Ordinal);
        Assert.Contains("Réponse à « Centre social Chloro'Fil »", transcript, StringComparison.Ordinal);
        Assert.Contains($"3. {third}", transcript, StringComparison.Ordinal);
        Assert.Contains($"Réponse à « territoire {third} »", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_welcomes_a_user_once_across_sessions()
    {
        await RunAsync("quitter\n", "chat", "--user", "test");
        await RunAsync("quitter\n", "chat", "--user", "test");

        Assert.Single(_output.ToString().Split(Mednum49.Bot.Cards.WelcomeCard.Title).Skip(1));
    }

    [Theory]
    [InlineData(new[] { "ask", "x" }, true)]
    [InlineData(new[] { "chat" }, true)]
    [InlineData(new[] { "validate" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://localhost:5000" }, false)]
    public void Only_known_subcommands_bypass_the_web_host(string[] args, bool handled)
    {
        Assert.Equal(handled, CliApp.Handles(args));
    }
}
