using Mednum49.Bot.Tests.Support;
using Mednum49.Bot.Welcome;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Welcome;

public sealed class WelcomeAudienceTests
{
    [Fact]
    public void In_a_personal_chat_the_audience_is_the_user()
    {
        var activity = Message(TeamsActivities.TeamsPersonal());

        Assert.Equal($"welcome/msteams/users/{TeamsActivities.UserId}", WelcomeAudience.Of(activity));
    }

    [Fact]
    public void Every_thread_and_channel_of_a_team_is_the_same_audience_the_team()
    {
        var thread = Message(TeamsActivities.TeamsChannelThread("1700000000001"));
        var otherThread = Message(TeamsActivities.TeamsChannelThread("1700000000002"));
        otherThread.ChannelData = JObject.FromObject(new { team = new { id = TeamsActivities.TeamId }, channel = new { id = "19:other@thread.tacv2" } });

        Assert.Equal($"welcome/msteams/teams/{TeamsActivities.TeamId}", WelcomeAudience.Of(thread));
        Assert.Equal(WelcomeAudience.Of(thread), WelcomeAudience.Of(otherThread));
    }

    [Fact]
    public void A_channel_without_team_data_is_the_conversation_without_its_thread()
    {
        var thread = Message(TeamsActivities.TeamsChannelThread("1700000000001"));
        thread.ChannelData = null;

        Assert.Equal($"welcome/msteams/conversations/{TeamsActivities.ChannelId}", WelcomeAudience.Of(thread));
    }

    [Fact]
    public void A_group_chat_is_its_conversation()
    {
        Assert.Equal($"welcome/msteams/conversations/{TeamsActivities.GroupChatId}", WelcomeAudience.Of(Message(TeamsActivities.TeamsGroupChat())));
    }

    private static Activity Message(ConversationReference reference)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.ApplyConversationReference(reference, isIncoming: true);
        if (reference.Conversation.ConversationType == "channel")
        {
            activity.ChannelData = JObject.FromObject(new { team = new { id = TeamsActivities.TeamId }, channel = new { id = TeamsActivities.ChannelId } });
        }

        return activity;
    }
}
