using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// Activities as Teams and Slack send them, for tests: raw JSON as POSTed to /api/messages (the shapes documented
/// for Teams bots: conversation types, ids, <c>channelData</c>, the <c>&lt;at&gt;</c> mention entity), and the matching
/// conversation references for a TestAdapter.
/// </summary>
public static class TeamsActivities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:c4f0d1a9e2b34f1c8d5e6a7b8c9d0e1f@thread.tacv2";
    public const string TeamName = "Mednum49 — animation";
    public const string ChannelId = "19:3a1b2c4d5e6f47a8b9c0d1e2f3a4b5c6@thread.tacv2";
    public const string ChannelName = "Général";
    public const string GroupChatId = "19:meeting_NjQ2ZTU4YzAtZmYxNy00@thread.v2";
    public const string PersonalConversationId = "a:1Xy7Zq3pLmN0rStUvWxYz-personal";
    public const string BotId = "28:0b5f6c7d-8e9f-4a1b-9c2d-3e4f5a6b7c8d";
    public const string BotName = "Mednum49";
    public const string UserId = "29:1aBcDeFgHiJkLmNoPqRsTuVwXyZ";
    public const string UserAadObjectId = "6e1f9f0c-2e3a-4e4b-9c55-0a1b2c3d4e5f";
    public const string UserName = "Marie Lefèvre";

    public const string SlackBotId = "B0BOT1234:T0TEAM567";
    public const string SlackUserId = "U0USER890:T0TEAM567";
    public const string SlackConversationId = "B0BOT1234:T0TEAM567:D0DM42";

    /// <summary>The conversation id of a thread in the team's channel: the channel, then the thread's first message.</summary>
    public static string ThreadId(string rootMessageId) => $"{ChannelId};messageid={rootMessageId}";

    /// <summary>A message in a channel thread that @mentions the bot (Teams only sends the bot messages that mention it).</summary>
    public static JsonObject ChannelMessage(Uri serviceUrl, string id, string question, string rootMessageId = "1700000000000")
    {
        var message = Message(serviceUrl, id, $"<at>{BotName}</at> {question}", ChannelConversation(ThreadId(rootMessageId)));
        message["entities"] = new JsonArray(MentionOfBot(), ClientInfo());
        message["channelData"] = TeamChannelData();
        return message;
    }

    /// <summary>A message in the personal chat with the bot: no mention.</summary>
    public static JsonObject PersonalMessage(Uri serviceUrl, string id, string text)
    {
        var message = Message(serviceUrl, id, text, PersonalConversation());
        message["entities"] = new JsonArray(ClientInfo());
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return message;
    }

    /// <summary>
    /// An <c>Action.Submit</c> clicked on a card in a channel thread: empty text, the button's data as the value, the
    /// card's message as <c>replyToId</c>.
    /// </summary>
    public static JsonObject CardSubmit(Uri serviceUrl, string id, JsonObject data, string cardMessageId, string rootMessageId = "1700000000000")
    {
        var submit = Message(serviceUrl, id, "", ChannelConversation(ThreadId(rootMessageId)));
        submit.Remove("text");
        submit["value"] = data;
        submit["replyToId"] = cardMessageId;
        submit["channelData"] = TeamChannelData();
        submit["channelData"]!["source"] = new JsonObject { ["name"] = "message" };
        submit["channelData"]!["legacy"] = new JsonObject { ["replyToId"] = cardMessageId };
        return submit;
    }

    /// <summary>The bot installed in a team: a <c>conversationUpdate</c> in the General channel, the bot in <c>membersAdded</c>.</summary>
    public static JsonObject BotAddedToTeam(Uri serviceUrl, string id) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = id,
        ["timestamp"] = "2026-11-29T09:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = ChannelConversation(TeamId),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["aadGroupId"] = "7d2f1a3b-5c6d-4e7f-8a9b-0c1d2e3f4a5b", ["name"] = TeamName, ["id"] = TeamId },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        },
    };

    /// <summary>The <c>installationUpdate</c> "add" Teams also sends when the app is installed in the team.</summary>
    public static JsonObject AppInstalledInTeam(Uri serviceUrl, string id) => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = id,
        ["action"] = "add",
        ["timestamp"] = "2026-11-29T09:00:01.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = ChannelConversation(TeamId),
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["channelData"] = new JsonObject
        {
            ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = TeamId } },
            ["channel"] = new JsonObject { ["id"] = TeamId },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = TeamName },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["source"] = new JsonObject { ["name"] = "message" },
        },
    };

    /// <summary>
    /// A Slack direct message as the Azure Bot Service Slack channel delivers it: the Slack event in
    /// <c>channelData.SlackMessage</c>, ids as bot:team[:channel].
    /// </summary>
    public static JsonObject SlackMessage(Uri serviceUrl, string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-29T09:00:00.000Z",
        ["channelId"] = "slack",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = SlackUserId, ["name"] = "marie.lefevre" },
        ["conversation"] = new JsonObject { ["isGroup"] = false, ["id"] = SlackConversationId },
        ["recipient"] = new JsonObject { ["id"] = SlackBotId, ["name"] = "mednum49" },
        ["text"] = text,
        ["channelData"] = new JsonObject
        {
            ["SlackMessage"] = new JsonObject
            {
                ["token"] = "verification-token-not-used",
                ["team_id"] = "T0TEAM567",
                ["api_app_id"] = "A0APP1234",
                ["event"] = new JsonObject
                {
                    ["type"] = "message",
                    ["channel"] = "D0DM42",
                    ["user"] = "U0USER890",
                    ["text"] = text,
                    ["ts"] = "1764406800.000100",
                    ["channel_type"] = "im",
                },
                ["type"] = "event_callback",
                ["event_id"] = "Ev0EVENT123",
                ["event_time"] = 1764406800,
            },
            ["ApiToken"] = "xoxb-not-a-real-token",
        },
    };

    /// <summary>TestAdapter conversations shaped like Teams' and Slack's.</summary>
    public static ConversationReference TeamsPersonal(string userId = UserId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        User = new ChannelAccount(userId, UserName, aadObjectId: UserAadObjectId),
        Bot = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: $"{PersonalConversationId}-{userId}", tenantId: TenantId),
    };

    public static ConversationReference TeamsChannelThread(string rootMessageId = "1700000000000") => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        User = new ChannelAccount(UserId, UserName, aadObjectId: UserAadObjectId),
        Bot = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: ThreadId(rootMessageId), tenantId: TenantId),
    };

    public static ConversationReference TeamsGroupChat() => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        User = new ChannelAccount(UserId, UserName, aadObjectId: UserAadObjectId),
        Bot = new ChannelAccount(BotId, BotName),
        Conversation = new ConversationAccount(isGroup: true, conversationType: "groupChat", id: GroupChatId, tenantId: TenantId),
    };

    public static ConversationReference Slack() => new()
    {
        ChannelId = "slack",
        ServiceUrl = "https://slack.botframework.com/",
        User = new ChannelAccount(SlackUserId, "marie.lefevre"),
        Bot = new ChannelAccount(SlackBotId, "mednum49"),
        Conversation = new ConversationAccount(isGroup: false, id: SlackConversationId),
    };

    public static ConversationReference Emulator(string conversationId = "emulator-conv") => new()
    {
        ChannelId = "emulator",
        ServiceUrl = "http://localhost:3978",
        User = new ChannelAccount("user-1", "Médiatrice"),
        Bot = new ChannelAccount("bot-1", BotName),
        Conversation = new ConversationAccount(id: conversationId),
    };

    /// <summary>The <c>channelData</c> of a team's channel message: tenant, team and channel.</summary>
    public static JsonObject TeamChannelData() => new()
    {
        ["teamsChannelId"] = ChannelId,
        ["teamsTeamId"] = TeamId,
        ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = ChannelName },
        ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = TeamName },
        ["tenant"] = new JsonObject { ["id"] = TenantId },
    };

    private static JsonObject Message(Uri serviceUrl, string id, string text, JsonObject conversation) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-29T09:00:00.000Z",
        ["localTimestamp"] = "2026-11-29T10:00:00.000+01:00",
        ["localTimezone"] = "Europe/Paris",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = conversation,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["textFormat"] = "plain",
        ["locale"] = "fr-FR",
        ["text"] = text,
    };

    private static JsonObject ChannelConversation(string id) => new()
    {
        ["isGroup"] = true,
        ["conversationType"] = "channel",
        ["tenantId"] = TenantId,
        ["id"] = id,
    };

    private static JsonObject PersonalConversation() => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = TenantId,
        ["id"] = PersonalConversationId,
    };

    private static JsonObject MentionOfBot() => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["text"] = $"<at>{BotName}</at>",
    };

    private static JsonObject ClientInfo() => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = "fr-FR",
        ["country"] = "FR",
        ["platform"] = "Web",
        ["timezone"] = "Europe/Paris",
    };
}
