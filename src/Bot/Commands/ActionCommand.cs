using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Questions;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Bot.Commands;

/// <summary>
/// <c>action &lt;code&gt;</c>: asks the engine "action B.6" (the code as the roadmap writes it, however it was typed).
/// The argument must be a code: "action pour les jeunes" is a question, left to the engine. A code that is not in
/// the roadmap ("action B.9") gets the list of axes. Without a code, <see cref="ActionDialog"/> asks for one.
/// </summary>
public sealed class ActionCommand(DialogRunner dialogs, QuestionAnswerer questions, ActionCodes codes) : ICommandHandler
{
    public const string Word = "action";

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (!CommandText.TryMatch(turn.Text, Word, out var argument))
        {
            return false;
        }

        if (argument.Length == 0)
        {
            await dialogs.BeginAsync(turn.Context, ActionDialog.DialogId, cancellationToken: cancellationToken);
            return true;
        }

        switch (codes.Read(argument))
        {
            case null:
                return false;
            case { Kind: ActionCodeKind.Unknown } unknown:
                await turn.Context.SendActivityAsync(
                    ReplyFactory.Message(turn.Channel, [CommandMessages.UnknownAction(unknown.Code)], codes.AxisLines(), [CommandMessages.ActionExample(codes.ExampleCode())]),
                    cancellationToken);
                return true;
            case { } code:
                await questions.AskAsync(turn.Context, ActionCodes.Question(code), cancellationToken);
                return true;
        }
    }
}
