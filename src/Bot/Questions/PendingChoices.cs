using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Questions;

/// <summary>
/// The choices of the last ambiguous answer, kept in conversation state for the next message only, so that on a
/// channel without buttons the user can answer "2", "la deuxième" or the choice's name. The bot takes them at the
/// start of every message turn (they are forgotten whatever that message is) and the answer that needs them
/// remembers them again.
/// </summary>
public sealed class PendingChoices(ConversationState conversationState)
{
    public const string StateProperty = "PendingChoices";

    private readonly IStatePropertyAccessor<List<PendingChoice>> _state = conversationState.CreateProperty<List<PendingChoice>>(StateProperty);

    /// <summary>The choices the previous answer offered (empty when it offered none), now forgotten.</summary>
    public async Task<IReadOnlyList<AnswerChoice>> TakeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var stored = await _state.GetAsync(turnContext, () => [], cancellationToken);
        await _state.DeleteAsync(turnContext, cancellationToken);
        return [.. stored.Where(c => c.Query.Length > 0).Select(c => new AnswerChoice(c.Label, c.Query))];
    }

    /// <summary>Keeps the choices shown (in the order shown, so that numbers match) for the next message; none clears them.</summary>
    public Task RememberAsync(ITurnContext turnContext, IReadOnlyList<AnswerChoice> shown, CancellationToken cancellationToken = default) =>
        shown.Count == 0
            ? _state.DeleteAsync(turnContext, cancellationToken)
            : _state.SetAsync(turnContext, [.. shown.Select(c => new PendingChoice { Label = c.Label, Query = c.Query })], cancellationToken);

    /// <summary>
    /// The choice a reply designates, or null when the reply is a new question. Recognised like a prompt's answer
    /// (<see cref="ChoiceRecognizer"/>), with the rule of <see cref="ChoiceReplies"/>: a choice's name or query always
    /// counts; a number, an ordinal or a few of its words only in a short reply without a question mark.
    /// </summary>
    public static AnswerChoice? Resolve(string text, object? value, IReadOnlyList<AnswerChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var found = ChoiceRecognizer.Recognize(text, value, [.. choices.Select(c => new Choice(c.Query, Title: c.Label))]);
        return found is not null && ChoiceReplies.Accepts(found, text) ? choices[found.Index] : null;
    }
}
