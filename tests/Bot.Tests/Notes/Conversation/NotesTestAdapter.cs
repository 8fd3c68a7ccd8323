using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>
/// A TestAdapter that delivers activities exactly as given (ids included, as a channel retrying a turn does) and
/// records the bot's updates of its own messages (Teams cards replaced in place).
/// </summary>
public sealed class NotesTestAdapter(ConversationReference conversation) : TestAdapter(conversation)
{
    public List<Activity> Updates { get; } = [];

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

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        lock (Updates)
        {
            Updates.Add(activity);
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }
}
