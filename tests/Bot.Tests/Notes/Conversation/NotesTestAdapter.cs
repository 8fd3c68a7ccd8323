using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>
/// A <see cref="RedeliveringTestAdapter"/> (activities delivered exactly as given, ids included) that also records the
/// bot's updates of its own messages (Teams cards replaced in place).
/// </summary>
public sealed class NotesTestAdapter(ConversationReference conversation) : RedeliveringTestAdapter(conversation)
{
    public List<Activity> Updates { get; } = [];

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        lock (Updates)
        {
            Updates.Add(activity);
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }
}
