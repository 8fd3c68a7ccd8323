using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Adapters;

/// <summary>
/// An in-process adapter for the <c>chat</c> command: the same bot, middleware, state and error handling as the
/// HTTP adapter, with a console for a channel. Cards are not shown here: the bot sends text to this channel.
/// </summary>
public sealed class ConsoleAdapter : BotAdapter
{
    public const string ChannelId = "console";

    private readonly TextWriter _output;

    public ConsoleAdapter(IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware, TurnErrorHandler errorHandler, TextWriter output)
    {
        _output = output;
        foreach (var component in middleware)
        {
            Use(component);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Message)
            {
                await WriteMessageAsync(activity);
            }
            else if (activity.Type == ActivityTypes.Delay && activity.Value is int milliseconds)
            {
                await Task.Delay(milliseconds, cancellationToken);
            }

            responses.Add(new ResourceResponse(activity.Id ?? Guid.NewGuid().ToString("N")));
        }

        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The console cannot update a message it has printed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The console cannot delete a message it has printed.");

    private async Task WriteMessageAsync(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            await _output.WriteLineAsync(activity.Text);
        }

        var actions = activity.SuggestedActions?.Actions;
        if (actions is { Count: > 0 })
        {
            await _output.WriteLineAsync(string.Join("  ", actions.Select((a, i) => $"[{i + 1}] {a.Title}")));
        }

        await _output.WriteLineAsync();
    }
}
