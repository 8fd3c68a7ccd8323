using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Questions;

/// <summary>
/// Asks the orientation engine and sends its answer, rendered for the channel: a typing indicator if the answer takes
/// a moment (<see cref="TypingIndicator"/>), the answer's choices remembered for the next message, then the card or the text.
/// The free-text path of the bot, and what commands and their dialogs call once they know what to ask.
/// </summary>
public sealed class QuestionAnswerer(IAnswerService answers, PendingChoices pendingChoices)
{
    public const string EmptyMessage = "Je n'ai pas reçu de texte. Posez-moi une question, par exemple : « Qui porte l'action B.6 ? »";

    /// <summary>
    /// A message no command took: a choice of the previous answer (<paramref name="pending"/>: "2", "la deuxième",
    /// its name), which is asked as if its query had been typed, or else a new question.
    /// </summary>
    public async Task AnswerAsync(BotTurn turn, IReadOnlyList<AnswerChoice> pending, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Text.Length == 0)
        {
            await turn.Context.SendActivityAsync(EmptyMessage, cancellationToken: cancellationToken);
            return;
        }

        if (turn.Text.Length > QuestionLimits.MaxLength)
        {
            await turn.Context.SendActivityAsync(QuestionLimits.TooLong, cancellationToken: cancellationToken);
            return;
        }

        var question = PendingChoices.Resolve(turn.Text, turn.Activity.Value, pending)?.Query ?? turn.Text;
        await AskAsync(turn.Context, question, cancellationToken);
    }

    /// <summary>Asks <paramref name="question"/> and sends the answer to the conversation of the turn.</summary>
    public async Task AskAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channel = ChannelCapabilities.Of(turnContext.Activity);
        var answer = await TypingIndicator.WhileAsync(turnContext, channel, answers.AskAsync(question, cancellationToken), cancellationToken);

        await pendingChoices.RememberAsync(turnContext, ChoiceCard.Choices(answer.Choices).Items, cancellationToken);
        await turnContext.SendActivityAsync(ReplyFactory.Answer(answer, channel), cancellationToken);
    }
}
