using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Questions;
using Mednum49.Bot.Welcome;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot;

/// <summary>
/// The Mednum49 bot: routing only. A message goes, in this order, to the welcome of a user (or group) never greeted,
/// to the active dialog (with the "aide"/"annuler" interruptions), to the commands (<see cref="ICommandHandler"/>, in
/// registration order), and otherwise to the orientation engine (<see cref="QuestionAnswerer"/>), which reads each message
/// against the conversation's context (follow-ups, a reply to the previous answer's choices such as "2", small talk). Members added and installations are welcomed by <see cref="Welcomer"/>.
/// </summary>
public sealed class MednumBot(
    Welcomer welcomer,
    DialogRunner dialogs,
    IEnumerable<ICommandHandler> commands,
    QuestionAnswerer questions,
    ConversationState conversationState,
    UserState userState) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);

        // State is saved once, at the end of the turn, whatever the handlers changed.
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await welcomer.OnMessageAsync(turnContext, cancellationToken);

        // A form submission is a complete request: it goes to its feature, and an active dialog keeps waiting.
        if (!FormActions.IsFormSubmission(turnContext.Activity)
            && (await dialogs.RunAsync(turnContext, cancellationToken)).Status != DialogTurnStatus.Empty)
        {
            return;
        }

        // A card button's query, or the typed text without the bot's @mention (Teams channels and group chats).
        var turn = new BotTurn(turnContext, IncomingText.Of(turnContext.Activity), ChannelCapabilities.Of(turnContext.Activity));

        // "2", "aide", "annuler" right after an answer's choices are about those choices, not the bot's commands.
        if (await questions.IsChoiceReplyAsync(turn, cancellationToken))
        {
            await questions.AnswerAsync(turn, cancellationToken);
            return;
        }

        foreach (var command in commands)
        {
            if (await command.TryHandleAsync(turn, cancellationToken))
            {
                return;
            }
        }

        await questions.AnswerAsync(turn, cancellationToken);
    }

    // Replaces the Teams dispatch, which asks the Bot Connector for the details of every member added: the welcome
    // needs none of them, and the call costs a request per member (and fails where the connector has no roster).
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.MembersAdded is { Count: > 0 }
            ? welcomer.OnMembersAddedAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override Task OnInstallationUpdateActivityAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        welcomer.OnInstallationUpdateAsync(turnContext, cancellationToken);
}
