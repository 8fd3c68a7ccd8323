using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Questions;

/// <summary>
/// Tells the user the bot is working, only when an answer really takes a moment (a model call with generation on):
/// one typing activity once the work has run for <see cref="Delay"/> without finishing, and only where the channel
/// shows it. A deterministic answer is ready at once and gets none: each activity is a call to the connector, and a
/// typing indicator before an instant answer doubled the calls per question. Not the SDK's ShowTypingMiddleware,
/// whose timer runs for every turn.
/// </summary>
public static class TypingIndicator
{
    /// <summary>How long an answer may take before the user is shown that the bot is typing.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    /// <summary>The result of <paramref name="work"/>, with a typing indicator sent if it is not ready after <see cref="Delay"/>.</summary>
    public static async Task<T> WhileAsync<T>(ITurnContext turnContext, ChannelCapabilities channel, Task<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted || !channel.ShowsTypingIndicator)
        {
            return await work;
        }

        using var stopTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(Delay, stopTimer.Token);
        if (await Task.WhenAny(work, timer) == timer && !timer.IsCanceled)
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        }

        await stopTimer.CancelAsync();
        return await work;
    }
}
