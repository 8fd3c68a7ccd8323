using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Questions;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Commands;

/// <summary><c>contacts</c> alone: asks which structure or subject, then the engine's answer to "contacts &lt;…&gt;".</summary>
public sealed class ContactsDialog(QuestionAnswerer questions) : WaterfallDialog(DialogId, Steps(questions))
{
    public const string DialogId = "command-contacts";
    public const string PromptId = "command-contacts-prompt";

    /// <summary>A structure or a subject: a few words with a letter, not a question and not another command.</summary>
    public static TextPrompt CreatePrompt() => new(PromptId, (prompt, _) => Task.FromResult(IsSubject(prompt.Recognized.Value)));

    public static bool IsSubject(string? reply)
    {
        var subject = CommandText.ArgumentOf(reply, ContactsCommand.Word, ContactsCommand.Aliases);
        return subject.Length is > 0 and <= CommandText.MaxArgumentLength
            && !subject.Contains('?', StringComparison.Ordinal)
            && subject.Any(char.IsLetter)
            && !CommandText.StartsWithOtherCommand(reply, ContactsCommand.Word);
    }

    private static IEnumerable<WaterfallStep> Steps(QuestionAnswerer questions) =>
    [
        async (step, cancellationToken) => await step.PromptAsync(PromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text($"{CommandMessages.ContactsQuestion} {CommandMessages.ContactsExample()}"),
            RetryPrompt = MessageFactory.Text($"{CommandMessages.ContactsRetry} {CommandMessages.ContactsQuestion} {CommandMessages.ContactsExample()}"),
            Help = MessageFactory.Text(CommandMessages.ContactsHelp),
        }, cancellationToken),
        async (step, cancellationToken) =>
        {
            if (step.Result is string reply && IsSubject(reply))
            {
                await questions.AskAsync(step.Context, ContactsCommand.Question(CommandText.ArgumentOf(reply, ContactsCommand.Word, ContactsCommand.Aliases)), cancellationToken);
            }

            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        },
    ];
}
