using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace Mednum49.Bot.Channels;

/// <summary>
/// What the channel of a conversation can show, so that every reply is rendered for it.
/// <list type="table">
/// <listheader><term>channel</term><description>cards · suggested actions · text</description></listheader>
/// <item><term>msteams</term><description>Adaptive Cards 1.5 · up to 3, personal chat only · —</description></item>
/// <item><term>webchat, directline, directlinespeech, emulator</term><description>Adaptive Cards · yes · —</description></item>
/// <item><term>slack</term><description>no (sent as text) · no · Slack mrkdwn</description></item>
/// <item><term>telegram</term><description>no · yes · Markdown</description></item>
/// <item><term>facebook, skype (10), line (13)</term><description>no · yes · Markdown (facebook, skype) or plain (line)</description></item>
/// <item><term>email, outlook, groupme</term><description>no · no · Markdown</description></item>
/// <item><term>console, sms, twilio, telephony, alexa, anything else</term><description>no · no · plain</description></item>
/// </list>
/// Suggested-action limits follow the Bot Framework's own table (Microsoft.Bot.Builder.Dialogs.Choices.Channel),
/// which leaves Teams out: Teams shows them only in personal chat, 3 at most. Cards are only sent where the
/// channel renders them natively; some connectors turn cards into images, which is worse than text.
/// </summary>
public sealed record ChannelCapabilities(
    string ChannelId,
    ConversationKind Conversation,
    bool SupportsAdaptiveCards,
    int MaxSuggestedActions,
    ReplyTextFormat TextFormat)
{
    private const int TeamsSuggestedActions = 3;

    public bool SupportsSuggestedActions => MaxSuggestedActions > 0;

    /// <summary>
    /// Whether the channel shows a typing indicator: Web Chat, Direct Line, the Emulator, and Teams in personal and
    /// group chats (not in a team's channels, where Teams shows none). Elsewhere a typing activity is useless traffic.
    /// </summary>
    public bool ShowsTypingIndicator => ChannelId switch
    {
        BotChannels.Msteams => Conversation != ConversationKind.Channel,
        BotChannels.Webchat or BotChannels.Directline or BotChannels.DirectlineSpeech or BotChannels.Emulator => true,
        _ => false,
    };

    /// <summary>The capabilities of the channel and conversation an incoming activity comes from.</summary>
    public static ChannelCapabilities Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity.ChannelId ?? "", KindOf(activity.Conversation));
    }

    public static ChannelCapabilities For(string channelId, ConversationKind conversation = ConversationKind.Personal)
    {
        var id = (channelId ?? "").Trim().ToLowerInvariant();
        return id switch
        {
            BotChannels.Msteams => new(id, conversation, true, conversation == ConversationKind.Personal ? TeamsSuggestedActions : 0, ReplyTextFormat.Markdown),
            BotChannels.Webchat or BotChannels.Directline or BotChannels.DirectlineSpeech or BotChannels.Emulator =>
                new(id, conversation, true, 100, ReplyTextFormat.Markdown),
            BotChannels.Slack => new(id, conversation, false, 0, ReplyTextFormat.SlackMrkdwn),
            BotChannels.Telegram => new(id, conversation, false, 100, ReplyTextFormat.Markdown),
            BotChannels.Facebook or BotChannels.Skype => new(id, conversation, false, 10, ReplyTextFormat.Markdown),
            BotChannels.Line => new(id, conversation, false, 13, ReplyTextFormat.Plain),
            BotChannels.Email or BotChannels.Outlook or BotChannels.Groupme => new(id, conversation, false, 0, ReplyTextFormat.Markdown),
            _ => new(id, conversation, false, 0, ReplyTextFormat.Plain),
        };
    }

    /// <summary>
    /// Teams says it in <c>conversation.conversationType</c>; other channels only flag group conversations
    /// (<c>isGroup</c>).
    /// </summary>
    public static ConversationKind KindOf(ConversationAccount? conversation) => conversation?.ConversationType?.ToLowerInvariant() switch
    {
        "channel" => ConversationKind.Channel,
        "groupchat" => ConversationKind.GroupChat,
        "personal" => ConversationKind.Personal,
        _ => conversation?.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
    };
}
