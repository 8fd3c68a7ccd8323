using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>ask "question"</c>: one answer as plain text. <c>ask --jsonl</c>: one question a line on stdin, one JSON
/// object a line on stdout — <c>{"question", "found", "answer", "sources"}</c>. That contract is what the
/// evaluation scripts read: keep it stable.
/// </summary>
internal static class AskCommand
{
    internal const string FailureAnswer =
        "Désolé, je n'ai pas pu traiter cette question à cause d'un problème technique. Vous pouvez la reformuler.";

    private static readonly JsonSerializerOptions JsonLine = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext cli)
    {
        var question = new Argument<string?>("question")
        {
            Description = "The question, in French (quote it).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read one question a line from stdin and write one JSON object a line to stdout.",
        };
        var command = new Command("ask", "Answer orientation questions from the knowledge base.") { question, jsonl };

        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = cli.BuildHost();
            var answers = host.Services.GetRequiredService<IAnswerService>();
            var logger = host.Services.GetRequiredService<ILogger<CliContext>>();

            if (parse.GetValue(jsonl))
            {
                await AnswerLinesAsync(cli, answers, logger, cancellationToken);
                return 0;
            }

            var text = parse.GetValue(question);
            if (string.IsNullOrWhiteSpace(text))
            {
                await cli.Error.WriteLineAsync("Give a question, e.g.: ask \"Qui porte l'action B.6 ?\", or use --jsonl.");
                return 2;
            }

            var answer = await answers.AskAsync(text.Trim(), cancellationToken);
            await cli.Output.WriteLineAsync(AnswerText.Render(answer));
            return 0;
        });
        return command;
    }

    private static async Task AnswerLinesAsync(CliContext cli, IAnswerService answers, ILogger logger, CancellationToken cancellationToken)
    {
        while (await cli.Input.ReadLineAsync(cancellationToken) is { } line)
        {
            var result = await AnswerOneAsync(answers, logger, line.Trim(), cancellationToken);
            await cli.Output.WriteLineAsync(JsonSerializer.Serialize(result, JsonLine));
            await cli.Output.FlushAsync(cancellationToken);
        }
    }

    // One line in, exactly one line out, whatever happens to that question.
    private static async Task<AskLine> AnswerOneAsync(IAnswerService answers, ILogger logger, string question, CancellationToken cancellationToken)
    {
        if (question.Length == 0)
        {
            return new AskLine(question, false, Questions.QuestionAnswerer.EmptyMessage, []);
        }

        try
        {
            var answer = await answers.AskAsync(question, cancellationToken);
            return new AskLine(question, answer.Found, AnswerText.Render(answer), [.. answer.Sources.Select(s => s.Id).Distinct()]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not answer {Question}", question);
            return new AskLine(question, false, FailureAnswer, []);
        }
    }

    private sealed record AskLine(string Question, bool Found, string Answer, IReadOnlyList<string> Sources);
}
