using System.Globalization;
using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Welcome;

/// <summary>
/// Sends the welcome (<see cref="ReplyFactory.Welcome"/>: a card where cards render) once per user in a personal chat
/// and once per team or group chat. Teams announces an installation twice — a <c>conversationUpdate</c> with the bot in
/// <c>membersAdded</c> and an <c>installationUpdate</c> "add" — sometimes at the same moment, sometimes not at all (and
/// again when Graph reads the chat): the welcome is claimed atomically in storage before it is sent, and a user who
/// writes before any welcome is greeted before the answer.
/// </summary>
public sealed class Welcomer(IStorage storage, TimeProvider clock, ILogger<Welcomer> logger)
{
    /// <summary>
    /// A <c>conversationUpdate</c> with members added. Personal chat: Teams adds the bot (the user is <c>from</c>); the
    /// Emulator, Web Chat and the console add the user. Team or group chat: only the bot's own arrival is welcomed;
    /// people who join later are not greeted in front of everyone.
    /// </summary>
    public async Task OnMembersAddedAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded ?? [];
        var botAdded = added.Any(m => m.Id == botId);

        if (ChannelCapabilities.KindOf(activity.Conversation) == ConversationKind.Personal)
        {
            var user = added.FirstOrDefault(m => !string.IsNullOrEmpty(m.Id) && m.Id != botId) ?? (botAdded ? activity.From : null);
            if (user?.Id is { Length: > 0 } userId && userId != botId)
            {
                await WelcomeOnceAsync(turnContext, WelcomeAudience.User(activity, userId), cancellationToken);
            }
        }
        else if (botAdded && WelcomeAudience.Group(activity) is { } group)
        {
            await WelcomeOnceAsync(turnContext, group, cancellationToken);
        }
    }

    /// <summary>An <c>installationUpdate</c>: the app was added ("add"; an upgrade or a removal is not a welcome).</summary>
    public async Task OnInstallationUpdateAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken = default)
    {
        if (string.Equals(turnContext.Activity.Action, "add", StringComparison.OrdinalIgnoreCase) && WelcomeAudience.Of(turnContext.Activity) is { } audience)
        {
            await WelcomeOnceAsync(turnContext, audience, cancellationToken);
        }
    }

    /// <summary>
    /// Before a message is handled in a personal chat: welcomes its sender if that never happened. In a team channel
    /// or a group chat the welcome belongs to the installation only: a card before an answer would be posted in front
    /// of everyone, in the middle of a thread.
    /// </summary>
    public async Task OnMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken = default)
    {
        if (ChannelCapabilities.KindOf(turnContext.Activity.Conversation) == ConversationKind.Personal
            && WelcomeAudience.Of(turnContext.Activity) is { } audience
            && !(await storage.ReadAsync([audience], cancellationToken)).ContainsKey(audience))
        {
            await WelcomeOnceAsync(turnContext, audience, cancellationToken);
        }
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, string audience, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(audience, cancellationToken))
        {
            return;
        }

        logger.LogDebug("Welcoming {Audience} in conversation {ConversationId}", audience, turnContext.Activity.Conversation?.Id);
        await turnContext.SendActivityAsync(ReplyFactory.Welcome(ChannelCapabilities.Of(turnContext.Activity)), cancellationToken);
    }

    // Claimed before sending: a welcome lost to a failed send is better than two welcomes.
    private async Task<bool> ClaimAsync(string audience, CancellationToken cancellationToken)
    {
        var record = new WelcomeRecord { ETag = null, WelcomedUtc = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) };
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [audience] = record }, cancellationToken);
            return true;
        }
        catch (ArgumentException conflict) when (conflict.Message.StartsWith("Etag conflict", StringComparison.Ordinal))
        {
            return false;
        }
    }
}
