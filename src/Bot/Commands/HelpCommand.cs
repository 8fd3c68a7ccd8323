using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Commands;

/// <summary>
/// <c>aide</c> (also "help", "?", "que sais-tu faire", "quelles commandes"…, the whole message): the commands of
/// <see cref="BotCommandCatalog"/> offered in this kind of conversation, and example questions to click.
/// </summary>
public sealed class HelpCommand : ICommandHandler
{
    /// <summary>The example questions after the commands (the welcome's).</summary>
    public static IReadOnlyList<string> Examples => WelcomeCard.DefaultExamples;

    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "que sais tu faire", "que savez vous faire", "qu est ce que tu sais faire", "qu est ce que vous savez faire",
        "tu sais faire quoi", "vous savez faire quoi", "que peux tu faire", "que pouvez vous faire",
        "commandes", "les commandes", "liste des commandes", "quelles commandes", "quelles sont les commandes", "menu",
    };

    public static bool IsHelpRequest(string? text) =>
        Interruptions.Recognize(text) == Interruption.Help || Phrases.Contains(FrenchText.Normalize(text));

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (!IsHelpRequest(turn.Text))
        {
            return false;
        }

        var commands = BotCommandCatalog.In(CommandScope.Of(turn.Channel.Conversation)).Select(c => (c.Usage, c.Description));
        await turn.Context.SendActivityAsync(ReplyFactory.Help(commands, turn.Channel, Examples), cancellationToken);
        return true;
    }
}
