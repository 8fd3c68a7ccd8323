using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Questions;
using Mednum49.Knowledge.Understanding;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Commands;

/// <summary><c>action</c> alone: asks for a code (with the axes of the roadmap as a reminder), then the engine's answer.</summary>
public sealed class ActionDialog(ActionCodes codes, QuestionAnswerer questions)
    : WaterfallDialog(DialogId, Steps(codes, questions))
{
    public const string DialogId = "command-action";
    public const string PromptId = "command-action-prompt";

    /// <summary>The code prompt: a reply must be a code of the roadmap; an unknown one is answered with the axes.</summary>
    public static TextPrompt CreatePrompt(ActionCodes codes) => new(PromptId, async (prompt, cancellationToken) =>
    {
        switch (codes.Read(CommandText.ArgumentOf(prompt.Recognized.Value, ActionCommand.Word)))
        {
            case { Kind: ActionCodeKind.Unknown } unknown:
                // Says why itself: the retry prompt is not sent.
                await prompt.Context.SendActivityAsync(
                    ReplyFactory.Message(ChannelCapabilities.Of(prompt.Context.Activity), [CommandMessages.UnknownAction(unknown.Code)], codes.AxisLines(), [CommandMessages.ActionExample(codes.ExampleCode())]),
                    cancellationToken);
                return false;
            case null:
                return false;
            default:
                return true;
        }
    });

    private static IEnumerable<WaterfallStep> Steps(ActionCodes codes, QuestionAnswerer questions) =>
    [
        async (step, cancellationToken) =>
        {
            var channel = ChannelCapabilities.Of(step.Context.Activity);
            var example = CommandMessages.ActionExample(codes.ExampleCode());
            return await step.PromptAsync(PromptId, new PromptOptions
            {
                Prompt = ReplyFactory.Message(channel, [CommandMessages.ActionQuestion], codes.AxisLines(), [example]),
                RetryPrompt = ReplyFactory.Message(channel, [CommandMessages.ActionRetry, CommandMessages.ActionQuestion], codes.AxisLines(), [example]),
                Help = MessageFactory.Text(CommandMessages.ActionHelp(codes.ExampleCode())),
            }, cancellationToken);
        },
        async (step, cancellationToken) =>
        {
            if (step.Result is string reply && codes.Read(CommandText.ArgumentOf(reply, ActionCommand.Word)) is { } code)
            {
                await questions.AskAsync(step.Context, ActionCodes.Question(code), cancellationToken);
            }

            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        },
    ];
}
