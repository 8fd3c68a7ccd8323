using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Welcome;

/// <summary>
/// Who a welcome is for, as a storage key: in a personal chat the user (once per user), in a group chat the
/// conversation, in a team the team (once, whatever the channel or thread: a Teams channel message's conversation id
/// names its thread, "19:…@thread.tacv2;messageid=…", so conversation state would welcome every new thread).
/// </summary>
public static class WelcomeAudience
{
    private const string Prefix = "welcome/";

    public static string User(IActivity activity, string userId) => $"{Prefix}{Channel(activity)}/users/{userId}";

    /// <summary>The audience of an activity: the user who sent it in a personal chat, else the conversation or team.</summary>
    public static string? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ChannelCapabilities.KindOf(activity.Conversation) == ConversationKind.Personal
            ? activity.From?.Id is { Length: > 0 } userId ? User(activity, userId) : null
            : Group(activity);
    }

    /// <summary>The group conversation of an activity (a team, a channel outside Teams, a group chat).</summary>
    public static string? Group(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId == Microsoft.Bot.Connector.Channels.Msteams && activity.TeamsGetTeamInfo()?.Id is { Length: > 0 } teamId)
        {
            return $"{Prefix}{Channel(activity)}/teams/{teamId}";
        }

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            return null;
        }

        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return $"{Prefix}{Channel(activity)}/conversations/{(thread >= 0 ? conversationId[..thread] : conversationId)}";
    }

    private static string Channel(IActivity activity) => activity.ChannelId ?? "";
}
