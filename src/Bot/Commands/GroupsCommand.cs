using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Questions;

namespace Mednum49.Bot.Commands;

/// <summary>
/// <c>groupes</c> (also "groupes de travail", "les groupes", "liste des groupes"…, the whole message): asks the
/// engine "groupes de travail". A longer message that starts with "groupes" is a question about them, for the engine.
/// </summary>
public sealed class GroupsCommand(QuestionAnswerer questions) : ICommandHandler
{
    public const string Question = "groupes de travail";

    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "groupes", "groupe", "groupes de travail", "groupe de travail", "les groupes", "les groupes de travail",
        "liste des groupes", "liste des groupes de travail", "la liste des groupes", "la liste des groupes de travail",
    };

    public static bool IsGroupsRequest(string? text) => Phrases.Contains(FrenchText.Normalize(text));

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (!IsGroupsRequest(turn.Text))
        {
            return false;
        }

        await questions.AskAsync(turn.Context, Question, cancellationToken);
        return true;
    }
}
