using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Questions;
using Mednum49.Knowledge.Loading;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Commands;

/// <summary>
/// <c>territoire</c> alone: which of the intercommunalities of the knowledge base (buttons, or a numbered list), or a
/// commune's name; then the engine's answer to "territoire &lt;nom&gt;".
/// </summary>
public sealed class TerritoryDialog(IKnowledgeBaseProvider knowledge, QuestionAnswerer questions)
    : WaterfallDialog(DialogId, Steps(knowledge, questions))
{
    public const string DialogId = "command-territoire";

    private static IEnumerable<WaterfallStep> Steps(IKnowledgeBaseProvider knowledge, QuestionAnswerer questions) =>
    [
        async (step, cancellationToken) => await step.PromptAsync(TerritoryPrompt.DialogId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CommandMessages.TerritoryQuestion),
            RetryPrompt = MessageFactory.Text($"{CommandMessages.TerritoryRetry}\n\n{CommandMessages.TerritoryQuestion}"),
            Help = MessageFactory.Text(CommandMessages.TerritoryHelp),
            Choices = [.. knowledge.Current.Territories.Select(t => new Choice(t.Name, [.. t.Aliases]))],
        }, cancellationToken),
        async (step, cancellationToken) =>
        {
            if (step.Result is string name && name.Length > 0)
            {
                await questions.AskAsync(step.Context, TerritoryCommand.Question(name), cancellationToken);
            }

            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        },
    ];
}
