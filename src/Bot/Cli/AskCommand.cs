using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Cli;

/// <summary>
/// <c>ask "question"</c>: one answer as plain text. <c>ask --jsonl</c>: one question a line on stdin, one JSON
/// object a line on stdout — <c>{"question", "found", "answer", "sources"}</c>. A line may also be a JSON object
/// <c>{"conversation": "&lt;id&gt;", "question": "&lt;text&gt;"}</c>: lines with the same id are the turns of one
/// conversation, answered in order with the same context as in chat, and their output also carries
/// <c>"conversation"</c>. A plain line is a conversation of its own. That contract is what the evaluation scripts
/// read: keep it stable.
/// </summary>
internal static class AskCommand
{
    internal const string FailureAnswer =
        "Désolé, je n'ai pas pu traiter cette question à cause d'un problème technique. Vous pouvez la reformuler.";

    private static readonly JsonSerializerOptions JsonLine = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
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
        // The context of each conversation, by id, as the bot keeps it in conversation state.
        var conversations = new Dictionary<string, DialogueContext?>(StringComparer.Ordinal);
        while (await cli.Input.ReadLineAsync(cancellationToken) is { } line)
        {
            var (conversation, question) = AskInput.Read(line);
            var context = conversation is null ? null : conversations.GetValueOrDefault(conversation);
            var (result, next) = await AnswerOneAsync(answers, logger, conversation, question, context, cancellationToken);
            if (conversation is not null)
            {
                conversations[conversation] = next ?? context;
            }

            await cli.Output.WriteLineAsync(JsonSerializer.Serialize(result, JsonLine));
            await cli.Output.FlushAsync(cancellationToken);
        }
    }

    // One line in, exactly one line out, whatever happens to that question.
    private static async Task<(AskLine Line, DialogueContext? Next)> AnswerOneAsync(
        IAnswerService answers, ILogger logger, string? conversation, string question, DialogueContext? context, CancellationToken cancellationToken)
    {
        if (question.Length == 0)
        {
            return (new AskLine(conversation, question, false, Questions.QuestionAnswerer.EmptyMessage, []), null);
        }

        try
        {
            var answer = context is null ? await answers.AskAsync(question, cancellationToken) : await answers.AskAsync(question, context, cancellationToken);
            if (Environment.GetEnvironmentVariable("MEDNUM49_TRACE_DIALOGUE") == "1")
            {
                await Console.Error.WriteLineAsync($"[dialogue] {question} => {answer.Context?.ToJson()}");
            }

            return (new AskLine(conversation, question, answer.Found, AnswerText.Render(answer), [.. answer.Sources.Select(s => s.Id).Distinct()]), answer.Context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not answer {Question}", question);
            return (new AskLine(conversation, question, false, FailureAnswer, []), null);
        }
    }

    private sealed record AskLine(string? Conversation, string Question, bool Found, string Answer, IReadOnlyList<string> Sources);
}
