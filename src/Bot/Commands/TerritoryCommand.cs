using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Questions;

namespace Mednum49.Bot.Commands;

/// <summary>
/// <c>territoire &lt;nom&gt;</c>: asks the engine "territoire &lt;nom&gt;" (a commune, an intercommunality, a bassin…).
/// Without a name, <see cref="TerritoryDialog"/> offers the intercommunalities of the knowledge base to choose from.
/// </summary>
public sealed class TerritoryCommand(DialogRunner dialogs, QuestionAnswerer questions) : ICommandHandler
{
    public const string Word = "territoire";

    public static readonly string[] Aliases = ["territoires"];

    public static string Question(string name) => $"{Word} {name}";

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (!CommandText.TryMatch(turn.Text, Word, out var name, Aliases))
        {
            return false;
        }

        if (name.Length == 0)
        {
            await dialogs.BeginAsync(turn.Context, TerritoryDialog.DialogId, cancellationToken: cancellationToken);
        }
        else
        {
            await questions.AskAsync(turn.Context, Question(name), cancellationToken);
        }

        return true;
    }
}
