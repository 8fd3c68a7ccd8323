using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Questions;

/// <summary>
/// Tells the user the bot is working before something that may take a moment (the engine, which may call a model).
/// One explicit typing activity at the start of the work rather than the SDK's timer-based ShowTypingMiddleware:
/// it is sent exactly when the work starts, and only where the channel shows it.
/// </summary>
public static class TypingIndicator
{
    public static async Task SendAsync(ITurnContext turnContext, ChannelCapabilities channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.ShowsTypingIndicator)
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        }
    }
}
