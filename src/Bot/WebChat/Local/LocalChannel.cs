using Mednum49.Bot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>
/// The local Direct Line's side of the bot: what the Azure Bot Service does between Direct Line and the bot. An
/// activity gets the channel's fields (<c>channelId</c> <c>directline</c>, the conversation, the bot as recipient, and
/// the host's own address as <c>serviceUrl</c>) and goes through the same adapter and middleware as
/// <c>/api/messages</c>; the bot's replies come back over HTTP to the connector routes (<see cref="LocalDirectLineEndpoints"/>).
/// </summary>
public sealed class LocalChannel(BotHttpAdapter adapter, IServiceProvider services, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<LocalChannel> logger)
{
    public const string ChannelId = Microsoft.Bot.Connector.Channels.Directline;
    public const string BotId = "mednum49";
    public const string BotName = "Mednum49";

    private static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.Create(new()
    {
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
    });

    /// <summary>The activity types a client may send; others (invoke…) have no meaning without a channel behind them.</summary>
    public static readonly IReadOnlySet<string> ClientTypes = new HashSet<string>(StringComparer.Ordinal) { ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing };

    /// <summary>
    /// The activity a client posted, as the channel hands it on: the channel's fields are set here, whatever the client
    /// wrote in them; the sender is the user bound in the token (the client may only add a display name).
    /// </summary>
    public JObject FromClient(JObject posted, LocalConversation conversation, Uri serviceUrl)
    {
        var activity = (JObject)posted.DeepClone();
        foreach (var channelField in new[] { "id", "serviceUrl", "channelId", "conversation", "recipient", "timestamp", "replyToId" })
        {
            activity.Remove(channelField);
        }

        var from = new JObject { ["id"] = conversation.UserId, ["role"] = RoleTypes.User };
        if (posted["from"] is JObject postedFrom)
        {
            foreach (var property in new[] { "name", "aadObjectId" })
            {
                if (postedFrom[property] is JValue { Type: JTokenType.String } value && ((string)value!).Length <= 256)
                {
                    from[property] = value.DeepClone();
                }
            }
        }

        activity["from"] = from;
        SetChannelFields(activity, conversation, serviceUrl);
        return activity;
    }

    /// <summary>A reply the bot posted to the connector routes, as the client receives it.</summary>
    public JObject FromBot(JObject posted, LocalConversation conversation, string? replyToId)
    {
        var activity = (JObject)posted.DeepClone();
        activity["from"] = new JObject { ["id"] = BotId, ["name"] = BotName, ["role"] = RoleTypes.Bot };
        activity["recipient"] = new JObject { ["id"] = conversation.UserId, ["role"] = RoleTypes.User };
        activity["conversation"] = new JObject { ["id"] = conversation.Id };
        activity["channelId"] = ChannelId;
        activity["timestamp"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        activity.Remove("serviceUrl");
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }

    /// <summary>What the Direct Line service sends when a conversation whose token binds a user starts: both members added.</summary>
    public JObject ConversationStarted(LocalConversation conversation, Uri serviceUrl)
    {
        var activity = new JObject
        {
            ["type"] = ActivityTypes.ConversationUpdate,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["from"] = new JObject { ["id"] = conversation.UserId, ["role"] = RoleTypes.User },
            ["membersAdded"] = new JArray(new JObject { ["id"] = BotId, ["name"] = BotName }, new JObject { ["id"] = conversation.UserId }),
        };
        SetChannelFields(activity, conversation, serviceUrl);
        return activity;
    }

    /// <summary>
    /// Runs the bot's turn on <paramref name="activity"/>, as <c>/api/messages</c> would (no authentication: local mode
    /// only). The turn is not cancelled when the browser goes away, only when the host stops.
    /// </summary>
    public async Task SendToBotAsync(JObject activity)
    {
        var incoming = activity.ToObject<Activity>(Serializer)!;
        var bot = services.GetRequiredService<IBot>();
        try
        {
            await adapter.ProcessUnauthenticatedActivityAsync(incoming, bot.OnTurnAsync, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The adapter's error handler already apologised inside the turn; this is what escaped it.
            logger.LogError(e, "Local Direct Line: the turn of activity {ActivityId} in conversation {ConversationId} failed", incoming.Id, incoming.Conversation?.Id);
        }
    }

    private void SetChannelFields(JObject activity, LocalConversation conversation, Uri serviceUrl)
    {
        activity["id"] ??= Guid.NewGuid().ToString("N");
        activity["channelId"] = ChannelId;
        activity["serviceUrl"] = serviceUrl.ToString();
        activity["conversation"] = new JObject { ["id"] = conversation.Id, ["conversationType"] = "personal" };
        activity["recipient"] = new JObject { ["id"] = BotId, ["name"] = BotName, ["role"] = RoleTypes.Bot };
        activity["timestamp"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }
}
