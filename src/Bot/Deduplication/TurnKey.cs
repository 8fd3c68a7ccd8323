using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Deduplication;

/// <summary>What identifies one delivery of an incoming activity, whichever the number of times it is posted.</summary>
public static class TurnKey
{
    /// <summary>
    /// <c>channel|conversation|activity id</c>; for an activity without id (some invokes and card submits), a SHA-256
    /// of what the user sent (type, name, sender, text, value, replyToId, timestamp), which a retry repeats as is.
    /// Null for what the bot sends itself (proactive continuations): those are never deduplicated.
    /// </summary>
    public static string? For(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Event && activity is IEventActivity { Name: ActivityEventNames.ContinueConversation or ActivityEventNames.CreateConversation })
        {
            return null;
        }

        var prefix = $"{activity.ChannelId}|{activity.Conversation?.Id}|";
        if (!string.IsNullOrEmpty(activity.Id))
        {
            return prefix + activity.Id;
        }

        var payload = new JObject
        {
            ["type"] = activity.Type,
            ["name"] = (activity as IInvokeActivity)?.Name ?? (activity as IEventActivity)?.Name,
            ["from"] = activity.From?.Id,
            ["text"] = (activity as IMessageActivity)?.Text,
            ["value"] = activity is IMessageActivity or IInvokeActivity or IEventActivity ? ValueOf(activity) : null,
            ["replyToId"] = activity.ReplyToId,
            ["timestamp"] = activity.Timestamp?.ToUniversalTime().ToString("O"),
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(payload.ToString(Formatting.None)));
        return prefix + "sha256:" + Convert.ToHexStringLower(hash);
    }

    private static JToken? ValueOf(IActivity activity)
    {
        var value = (activity as Activity)?.Value;
        return value is null ? null : JToken.FromObject(value);
    }
}
