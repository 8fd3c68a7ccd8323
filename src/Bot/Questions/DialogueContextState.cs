using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Questions;

/// <summary>
/// The conversation's <see cref="DialogueContext"/> (what the last answer was about, its pending choices), kept in
/// conversation state as JSON — per conversation, hence per Teams channel thread, whose conversation id names the
/// thread. The engine reads and produces it; the bot only carries it from one message to the next.
/// </summary>
public sealed class DialogueContextState(ConversationState conversationState)
{
    public const string StateProperty = "DialogueContext";

    private readonly IStatePropertyAccessor<string> _state = conversationState.CreateProperty<string>(StateProperty);

    public async Task<DialogueContext?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        DialogueContext.FromJson(await _state.GetAsync(turnContext, () => "", cancellationToken));

    public Task SetAsync(ITurnContext turnContext, DialogueContext? context, CancellationToken cancellationToken = default) =>
        context is null ? _state.DeleteAsync(turnContext, cancellationToken) : _state.SetAsync(turnContext, context.ToJson(), cancellationToken);
}
