using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// What "note" gets in a Teams channel or group chat: not a form (one card shared by everyone, which the first person
/// to submit would replace for all), but an invitation to the personal chat with the bot, with a button that opens it
/// through the Teams deep link for chatting with a bot (<c>https://teams.microsoft.com/l/chat/0/0?users=28:&lt;bot app id&gt;</c>).
/// </summary>
public static class NotePersonalChatInvite
{
    public const string ChatDeepLink = "https://teams.microsoft.com/l/chat/0/0?users=";

    private const string BotIdPrefix = "28:";

    /// <summary>The invitation for this turn: a card with the button in Teams, the sentence alone elsewhere.</summary>
    public static IMessageActivity For(IActivity activity, ChannelCapabilities channel)
    {
        if (channel.ChannelId == BotChannels.Msteams && channel.SupportsAdaptiveCards && DeepLink(activity.Recipient?.Id) is { } link)
        {
            var reply = MessageFactory.Attachment(AdaptiveCardBuilder.ToAttachment(Card(link)));
            reply.Summary = NoteTexts.GroupConversation;
            return reply;
        }

        return MessageFactory.Text(NoteTexts.GroupConversation);
    }

    public static JObject Card(Uri chatLink) => new AdaptiveCardBuilder()
        .Add(CardElements.Paragraph(NoteTexts.GroupConversation))
        .Add(CardElements.Paragraph(NoteTexts.InPersonalChatThen, spacing: CardSpacing.Small))
        .AddAction(new JObject
        {
            ["type"] = "Action.OpenUrl",
            ["title"] = NoteTexts.OpenPersonalChat,
            ["url"] = chatLink.AbsoluteUri,
        })
        .WithFallbackText(NoteTexts.GroupConversation)
        .Build();

    /// <summary>The chat with the bot whose id Teams gives as the activity's recipient ("28:" then its app id).</summary>
    public static Uri? DeepLink(string? botId)
    {
        if (string.IsNullOrWhiteSpace(botId))
        {
            return null;
        }

        var appId = botId.StartsWith(BotIdPrefix, StringComparison.Ordinal) ? botId[BotIdPrefix.Length..] : botId;
        return string.IsNullOrWhiteSpace(appId) ? null : new Uri(ChatDeepLink + BotIdPrefix + Uri.EscapeDataString(appId.Trim()));
    }
}
