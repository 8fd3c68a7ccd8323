using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Questions;

/// <summary>
/// Asks the orientation engine and sends its answer, rendered for the channel: a typing indicator first (the engine
/// may call a model), the conversation's context given with the message and the answer's context kept for the next
/// one (<see cref="DialogueContextState"/>: follow-ups, pending choices, small talk are read by the engine, the same
/// way as in <c>ask --jsonl</c>), then the card or the text. The free-text path of the bot, and what commands and
/// their dialogs call once they know what to ask.
/// </summary>
public sealed class QuestionAnswerer(IAnswerService answers, DialogueContextState contexts)
{
    public const string EmptyMessage = "Je n'ai pas reçu de texte. Posez-moi une question, par exemple : « Qui porte l'action B.6 ? »";

    /// <summary>
    /// True when the message answers the previous answer's choices ("2", "la deuxième", its name, "aide", "annuler"):
    /// the bot then gives it to the engine before its commands, so "aide" explains the choice rather than the bot.
    /// </summary>
    public async Task<bool> IsChoiceReplyAsync(BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Text.Length > 0 && (await contexts.GetAsync(turn.Context, cancellationToken))?.IsChoiceReply(turn.Text) == true;
    }

    /// <summary>A message no command took: read by the engine against the conversation's context.</summary>
    public async Task AnswerAsync(BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Text.Length == 0)
        {
            await turn.Context.SendActivityAsync(EmptyMessage, cancellationToken: cancellationToken);
            return;
        }

        var context = await contexts.GetAsync(turn.Context, cancellationToken);
        await AnswerAsync(turn.Context, turn.Text, context, cancellationToken);
    }

    /// <summary>
    /// Asks <paramref name="question"/>, a complete question (a command's), and sends the answer to the conversation of
    /// the turn; what it was about becomes the conversation's context.
    /// </summary>
    public Task AskAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken = default) =>
        AnswerAsync(turnContext, question, null, cancellationToken);

    private async Task AnswerAsync(ITurnContext turnContext, string question, DialogueContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channel = ChannelCapabilities.Of(turnContext.Activity);
        await TypingIndicator.SendAsync(turnContext, channel, cancellationToken);

        var answer = context is null ? await answers.AskAsync(question, cancellationToken) : await answers.AskAsync(question, context, cancellationToken);

        // The choices as shown (at most ten, in order) are the ones "2" designates.
        var next = answer.Context ?? context;
        if (next is not null)
        {
            next = next with { Choices = answer.Context is null ? [] : [.. ChoiceCard.Choices(answer.Choices).Items] };
        }

        await contexts.SetAsync(turnContext, next, cancellationToken);
        await turnContext.SendActivityAsync(ReplyFactory.Answer(answer, channel), cancellationToken);
    }
}
