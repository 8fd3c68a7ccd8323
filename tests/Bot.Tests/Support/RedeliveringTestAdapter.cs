using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// A TestAdapter that can deliver an activity exactly as given, id included (TestAdapter.ProcessActivityAsync
/// numbers activities itself): what a channel does when it retries a turn.
/// </summary>
public class RedeliveringTestAdapter(ConversationReference? conversation = null) : TestAdapter(conversation)
{
    public async Task DeliverAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot, cancellationToken);
    }

    public Activity Message(string? text, string id)
    {
        var activity = MakeActivity(text);
        activity.Id = id;
        activity.ChannelId = Conversation.ChannelId;
        return activity;
    }

    public List<IActivity> Replies()
    {
        var replies = new List<IActivity>();
        while (GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
