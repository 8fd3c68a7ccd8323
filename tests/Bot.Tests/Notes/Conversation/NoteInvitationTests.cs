using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mednum49.Bot.Cards;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>
/// "note" where several people read: no shared form (the first submission would replace it for everyone), but an
/// invitation to the personal chat with a button to the Teams deep link of a chat with the bot.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class NoteInvitationTests : RealHostTests
{
    private static readonly string ChatWithBot = $"https://teams.microsoft.com/l/chat/0/0?users={TeamsActivities.BotId}";

    private async Task PostAsync(JsonObject activity)
    {
        var response = await Client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    private static JToken CardOf(CapturedActivity reply)
    {
        var attachment = Assert.Single(reply.Body["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCardBuilder.ContentType, (string?)attachment["contentType"]);
        return JToken.Parse(attachment["content"]!.ToJsonString());
    }

    [Theory]
    [InlineData("note")]
    [InlineData("je veux déposer une note")]
    [InlineData("note pas à pas")]
    public async Task In_a_teams_channel_note_invites_to_the_personal_chat_instead_of_posting_a_shared_form(string text)
    {
        await PostAsync(TeamsActivities.ChannelMessage(Channel.ServiceUrl, "1700000000777", text));

        var reply = await Channel.NextAsync();
        Assert.Equal(TeamsActivities.ThreadId("1700000000000"), reply.ConversationId);
        var card = CardOf(reply);
        Assert.Empty(card.SelectTokens("$..[?(@.type =~ /^Input\\..*$/)]"));
        Assert.Empty(CardJson.Buttons(card));
        var button = Assert.Single(CardJson.OfType(card, "Action.OpenUrl"));
        Assert.Equal(ChatWithBot, (string?)button["url"]);
        Assert.Equal(NoteTexts.OpenPersonalChat, (string?)button["title"]);
        Assert.Contains(NoteTexts.GroupConversation, card.ToString(), StringComparison.Ordinal);
        var check = await AdaptiveCardsClient.CheckAsync(card);
        Assert.True(check.Valid, check.ToString());
    }

    [Fact]
    public void The_deep_link_takes_the_bot_id_with_or_without_its_28_prefix_and_nothing_without_an_id()
    {
        Assert.Equal(ChatWithBot, NotePersonalChatInvite.DeepLink(TeamsActivities.BotId)!.AbsoluteUri);
        Assert.Equal(ChatWithBot, NotePersonalChatInvite.DeepLink(TeamsActivities.BotId["28:".Length..])!.AbsoluteUri);
        Assert.Null(NotePersonalChatInvite.DeepLink(null));
        Assert.Null(NotePersonalChatInvite.DeepLink("28:"));
    }

    [Fact]
    public void Outside_teams_the_invitation_is_the_sentence_alone()
    {
        var activity = new Activity(ActivityTypes.Message) { ChannelId = "slack", Recipient = new ChannelAccount("B0BOT"), Conversation = new ConversationAccount(isGroup: true, id: "c") };

        var reply = NotePersonalChatInvite.For(activity, Mednum49.Bot.Channels.ChannelCapabilities.Of(activity));

        Assert.Equal(NoteTexts.GroupConversation, reply.Text);
        Assert.Null(reply.Attachments?.FirstOrDefault());
    }
}
