using Mednum49.Bot.Adapters;
using Mednum49.Bot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mednum49.Bot.Tests.Dialogs;

/// <summary>
/// A bot wired as MednumBot will be: the runner first; when no dialog is active, "inscription" starts the sample
/// dialog and any other text is answered as free text; state saved at the end of the turn.
/// </summary>
public sealed class DialogTestBot(IStorage storage, DialogSet dialogs, string startCommand = "inscription", string startDialog = SampleRegistrationDialog.Id)
{
    public const string FreeTextPrefix = "(question libre) ";

    public ConversationState ConversationState { get; } = new(storage);

    public DialogRunner Runner => field ??= new DialogRunner(dialogs, ConversationState);

    public List<DialogTurnResult> Results { get; } = [];

    public TestAdapter Adapter(string conversationId = "dialogs", DateTimeOffset? localTime = null)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
        if (localTime is { } fixedTime)
        {
            adapter.Use(new FixedLocalTime(fixedTime));
        }

        adapter.OnTurnError = new TurnErrorHandler(ConversationState, NullLogger<TurnErrorHandler>.Instance).HandleAsync;
        return adapter;
    }

    public TestFlow Flow(TestAdapter adapter) => new(adapter, OnTurnAsync);

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var result = await Runner.RunAsync(turn, cancellationToken);
        if (result.Status == DialogTurnStatus.Empty && turn.Activity.Type == ActivityTypes.Message)
        {
            if (turn.Activity.Text == startCommand)
            {
                result = await Runner.BeginAsync(turn, startDialog, cancellationToken: cancellationToken);
            }
            else
            {
                await turn.SendActivityAsync(FreeTextPrefix + turn.Activity.Text, cancellationToken: cancellationToken);
            }
        }

        Results.Add(result);
        await ConversationState.SaveChangesAsync(turn, force: false, cancellationToken);
    }

    /// <summary>Every incoming activity carries the same local timestamp (the user's clock), for dates relative to a fixed "now".</summary>
    private sealed class FixedLocalTime(DateTimeOffset localTime) : Microsoft.Bot.Builder.IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.Activity.LocalTimestamp = localTime;
            return next(cancellationToken);
        }
    }
}
