using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot;

/// <summary>
/// The Mednum49 bot. A message goes, in this order, to the active dialog (with the "aide"/"annuler" interruptions),
/// to the commands (<see cref="ICommandHandler"/>), and otherwise to the orientation engine as a question.
/// </summary>
public sealed class MednumBot(
    IAnswerService answers,
    DialogRunner dialogs,
    IEnumerable<ICommandHandler> commands,
    ConversationState conversationState,
    UserState userState) : TeamsActivityHandler
{
    public const string Welcome =
        "Bonjour, je suis l'assistant de la Mednum49, le réseau de l'accompagnement aux usages numériques en Maine-et-Loire.\n\n" +
        "Je connais la feuille de route 2023-2025 (axes, actions, groupes de travail) et les fiches des 9 intercommunalités : qui fait quoi, et où.\n\n" +
        "Par exemple : « Qui s'occupe du Vihierois ? », « Y a-t-il une France Services à Candé ? », « Qui porte l'action B.6 ? »";

    public const string EmptyMessage = "Je n'ai pas reçu de texte. Posez-moi une question, par exemple : « Qui porte l'action B.6 ? »";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // State is saved once, at the end of the turn, whatever the handlers changed.
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if ((await dialogs.RunAsync(turnContext, cancellationToken)).Status != DialogTurnStatus.Empty)
        {
            return;
        }

        // A card button's query, or the typed text without the bot's @mention (Teams channels and group chats).
        var turn = new BotTurn(turnContext, IncomingText.Of(turnContext.Activity), ChannelCapabilities.Of(turnContext.Activity));
        foreach (var command in commands)
        {
            if (await command.TryHandleAsync(turn, cancellationToken))
            {
                return;
            }
        }

        var text = turn.Text;
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(EmptyMessage, cancellationToken: cancellationToken);
            return;
        }

        var answer = await answers.AskAsync(text, cancellationToken);
        await turnContext.SendActivityAsync(ReplyFactory.Answer(answer, turn.Channel), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Welcome), cancellationToken);
        }
    }
}
