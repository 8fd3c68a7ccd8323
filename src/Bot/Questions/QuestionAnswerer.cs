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
public sealed class QuestionAnswerer(IAnswerService answers, DialogueContextState contexts, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public const string EmptyMessage = "Je n'ai pas reçu de texte. Posez-moi une question, par exemple : « Qui porte l'action B.6 ? »";

    /// <summary>
    /// True when the message answers the previous answer's choices ("2", "la deuxième", its name, "aide", "annuler"):
    /// the bot then gives it to the engine before its commands, so "aide" explains the choice rather than the bot.
    /// </summary>
    public async Task<bool> IsChoiceReplyAsync(BotTurn turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Text.Length > 0 && (await CurrentAsync(turn.Context, cancellationToken))?.IsChoiceReply(turn.Text) == true;
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

        // A pick among the previous answer's choices is asked as its query, by any answer service; the recognition is the
        // engine's (DialogueContext.ChoiceFor), the one ask --jsonl uses.
        var context = await CurrentAsync(turn.Context, cancellationToken);
        var question = turn.Text;
        if (context?.ChoiceFor(question) is { } choice)
        {
            question = choice.Query;
            context = context with { Choices = [] };
        }

        await AnswerAsync(turn.Context, question, context, cancellationToken);
    }

    /// <summary>
    /// Asks <paramref name="question"/>, a complete question (a command's), and sends the answer to the conversation of
    /// the turn; what it was about becomes the conversation's context.
    /// </summary>
    public Task AskAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken = default) =>
        AnswerAsync(turnContext, question, null, cancellationToken);

    /// <summary>The conversation's context, unless it is older than <see cref="DialogueContext.Lifetime"/>.</summary>
    private async Task<DialogueContext?> CurrentAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await contexts.GetAsync(turnContext, cancellationToken) is { } context && !context.IsExpired(_clock.GetUtcNow()) ? context : null;

    private async Task AnswerAsync(ITurnContext turnContext, string question, DialogueContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channel = ChannelCapabilities.Of(turnContext.Activity);
        await TypingIndicator.SendAsync(turnContext, channel, cancellationToken);

        // A service that keeps no context (no Answer.Context) is asked each message alone.
        var carried = context is { IsAbout: true } || context is { Greeted: true } ? context : null;
        var answer = carried is null ? await answers.AskAsync(question, cancellationToken) : await answers.AskAsync(question, carried, cancellationToken);

        // The choices as shown (at most ten, in order) are the ones "2" designates.
        var next = (answer.Context ?? context ?? new DialogueContext()) with { Choices = [.. ChoiceCard.Choices(answer.Choices).Items] };
        if (answer.Context is null)
        {
            next = next with { At = _clock.GetUtcNow() };
        }

        await contexts.SetAsync(turnContext, next, cancellationToken);
        await turnContext.SendActivityAsync(ReplyFactory.Answer(answer, channel), cancellationToken);
    }
}
