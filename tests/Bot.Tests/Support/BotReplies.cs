using Mednum49.Bot.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Support;

/// <summary>Reads what the bot sent in a TestAdapter conversation, whatever the channel's rendering.</summary>
public static class BotReplies
{
    public static bool IsTyping(IActivity activity) => activity.Type == ActivityTypes.Typing;

    public static bool IsWelcome(IActivity activity) =>
        activity.AsMessageActivity() is { } message
        && (message.Summary == WelcomeCard.Title || TextOf(message).Contains(WelcomeCard.Title, StringComparison.Ordinal));

    /// <summary>The text a user reads: the message text, or a Slack message's text in channelData.</summary>
    public static string TextOf(IActivity activity) =>
        activity.AsMessageActivity() is { } message
            ? message.Text ?? (message.ChannelData as JObject)?["text"]?.ToString() ?? ""
            : "";

    /// <summary>The Adaptive Card of a reply, or null.</summary>
    public static JObject? CardOf(IActivity activity) =>
        activity.AsMessageActivity()?.Attachments?.SingleOrDefault(a => a.ContentType == AdaptiveCardBuilder.ContentType)?.Content as JObject;

    public static void AssertWelcome(IActivity activity) => Assert.True(IsWelcome(activity), $"expected the welcome, got: {TextOf(activity)}{CardOf(activity)}");

    public static void AssertTyping(IActivity activity) => Assert.True(IsTyping(activity), $"expected a typing indicator, got a {activity.Type}: {TextOf(activity)}");
}
