using Mednum49.Bot.Channels;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Channels;

public sealed class ChannelCapabilitiesTests
{
    [Theory]
    [InlineData("msteams", ConversationKind.Personal, true, 3, ReplyTextFormat.Markdown)]
    [InlineData("msteams", ConversationKind.GroupChat, true, 0, ReplyTextFormat.Markdown)]
    [InlineData("msteams", ConversationKind.Channel, true, 0, ReplyTextFormat.Markdown)]
    [InlineData("webchat", ConversationKind.Personal, true, 100, ReplyTextFormat.Markdown)]
    [InlineData("directline", ConversationKind.Personal, true, 100, ReplyTextFormat.Markdown)]
    [InlineData("directlinespeech", ConversationKind.Personal, true, 100, ReplyTextFormat.Markdown)]
    [InlineData("emulator", ConversationKind.Personal, true, 100, ReplyTextFormat.Markdown)]
    [InlineData("slack", ConversationKind.Personal, false, 0, ReplyTextFormat.SlackMrkdwn)]
    [InlineData("slack", ConversationKind.GroupChat, false, 0, ReplyTextFormat.SlackMrkdwn)]
    [InlineData("telegram", ConversationKind.Personal, false, 100, ReplyTextFormat.Markdown)]
    [InlineData("facebook", ConversationKind.Personal, false, 10, ReplyTextFormat.Markdown)]
    [InlineData("line", ConversationKind.Personal, false, 13, ReplyTextFormat.Plain)]
    [InlineData("email", ConversationKind.Personal, false, 0, ReplyTextFormat.Markdown)]
    [InlineData("sms", ConversationKind.Personal, false, 0, ReplyTextFormat.Plain)]
    [InlineData("console", ConversationKind.Personal, false, 0, ReplyTextFormat.Plain)]
    [InlineData("test", ConversationKind.Personal, false, 0, ReplyTextFormat.Plain)]
    [InlineData("a-channel-from-the-future", ConversationKind.Personal, false, 0, ReplyTextFormat.Plain)]
    [InlineData("MSTeams", ConversationKind.Personal, true, 3, ReplyTextFormat.Markdown)]
    public void Each_channel_gets_cards_suggested_actions_and_text_only_where_they_render(
        string channelId, ConversationKind conversation, bool cards, int suggestedActions, ReplyTextFormat format)
    {
        var capabilities = ChannelCapabilities.For(channelId, conversation);

        Assert.Equal(cards, capabilities.SupportsAdaptiveCards);
        Assert.Equal(suggestedActions, capabilities.MaxSuggestedActions);
        Assert.Equal(suggestedActions > 0, capabilities.SupportsSuggestedActions);
        Assert.Equal(format, capabilities.TextFormat);
        Assert.Equal(conversation, capabilities.Conversation);
    }

    [Theory]
    [InlineData("personal", null, ConversationKind.Personal)]
    [InlineData("groupChat", true, ConversationKind.GroupChat)]
    [InlineData("channel", true, ConversationKind.Channel)]
    [InlineData(null, true, ConversationKind.GroupChat)]
    [InlineData(null, null, ConversationKind.Personal)]
    [InlineData(null, false, ConversationKind.Personal)]
    public void The_conversation_kind_comes_from_Teams_conversation_type_or_else_the_group_flag(string? type, bool? isGroup, ConversationKind expected)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(isGroup: isGroup, conversationType: type, id: "19:abc@thread.tacv2"),
        };

        var capabilities = ChannelCapabilities.Of(activity);

        Assert.Equal(expected, capabilities.Conversation);
        Assert.Equal(expected == ConversationKind.Personal, capabilities.SupportsSuggestedActions);
    }

    [Fact]
    public void An_activity_without_channel_or_conversation_is_treated_as_a_plain_personal_chat()
    {
        var capabilities = ChannelCapabilities.Of(new Activity(ActivityTypes.Message));

        Assert.Equal(new ChannelCapabilities("", ConversationKind.Personal, false, 0, ReplyTextFormat.Plain), capabilities);
    }
}
