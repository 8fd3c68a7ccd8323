using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Questions;

namespace Mednum49.Bot.Commands;

/// <summary>
/// <c>contacts &lt;structure ou sujet&gt;</c> (or <c>contact</c>): asks the engine "contacts &lt;…&gt;". Without an
/// argument, <see cref="ContactsDialog"/> asks which structure or subject.
/// </summary>
public sealed class ContactsCommand(DialogRunner dialogs, QuestionAnswerer questions) : ICommandHandler
{
    public const string Word = "contacts";

    public static readonly string[] Aliases = ["contact"];

    public static string Question(string subject) => $"{Word} {subject}";

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (!CommandText.TryMatch(turn.Text, Word, out var subject, Aliases))
        {
            return false;
        }

        if (subject.Length == 0)
        {
            await dialogs.BeginAsync(turn.Context, ContactsDialog.DialogId, cancellationToken: cancellationToken);
        }
        else
        {
            await questions.AskAsync(turn.Context, Question(subject), cancellationToken);
        }

        return true;
    }
}
