using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace Mednum49.Bot.Insights;

/// <summary>
/// 👍/👎 on answers, where the user is:
/// <list type="bullet">
/// <item>Teams: the native feedback buttons (<c>channelData.feedbackLoopEnabled: true</c>). A click opens Teams' own
/// form; its submission comes as an invoke <c>message/submitAction</c> whose value is
/// <c>{"actionName": "feedback", "actionValue": {"reaction": "like"|"dislike", "feedback": "{\"feedbackText\":\"…\"}"}}</c>
/// and whose <c>replyToId</c> is the answer's activity id. The invoke must be answered with a 200.</item>
/// <item>Web Chat, Direct Line, the Emulator: two small <c>Action.Submit</c> buttons at the end of the answer card,
/// whose data carry the reaction and a random token that names the answer.</item>
/// <item>Elsewhere (Slack, text channels): none.</item>
/// </list>
/// </summary>
public static class AnswerFeedback
{
    public const string InvokeName = "message/submitAction";
    public const string ActionName = "feedback";
    public const string Like = "like";
    public const string Dislike = "dislike";

    /// <summary>The property of a card button's data that holds the reaction.</summary>
    public const string ReactionProperty = "mednum49Feedback";

    /// <summary>The property of a card button's data that names the answer (a random token).</summary>
    public const string AnswerProperty = "mednum49Answer";

    public const string LikeTitle = "👍 Utile";
    public const string DislikeTitle = "👎 Pas utile";

    /// <summary>The longest feedback text kept: Teams' form allows long text; coordinators need a sentence or two.</summary>
    public const int MaxFeedbackLength = 1000;

    private static readonly HashSet<string> CardButtonChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        BotChannels.Webchat,
        BotChannels.Directline,
        BotChannels.Emulator,
    };

    /// <summary>Answers worth a 👍/👎: not a list of choices (the user has not been answered yet), not the help.</summary>
    public static bool Applies(Answer answer) => !answer.IsAmbiguous && answer.Kind != QuestionKinds.Help;

    /// <summary>Where feedback has a way in: Teams' native buttons or our card buttons.</summary>
    public static bool IsOffered(ChannelCapabilities channel) =>
        IsTeams(channel.ChannelId) || (channel.SupportsAdaptiveCards && CardButtonChannels.Contains(channel.ChannelId));

    public static bool IsTeams(string? channelId) => string.Equals(channelId, BotChannels.Msteams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the feedback controls to <paramref name="reply"/> (an answer rendered for <paramref name="channel"/>).
    /// False (the reply untouched) when the channel has none. <paramref name="token"/> is what the card buttons carry
    /// (null in Teams, where the sent activity's id names the answer).
    /// </summary>
    public static bool TryAdd(IMessageActivity reply, ChannelCapabilities channel, out string? token)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(channel);
        token = null;
        if (IsTeams(channel.ChannelId))
        {
            var data = reply.ChannelData as JObject ?? (reply.ChannelData is null ? new JObject() : JObject.FromObject(reply.ChannelData));
            data["feedbackLoopEnabled"] = true;
            reply.ChannelData = data;
            return true;
        }

        if (!IsOffered(channel) || reply.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCardBuilder.ContentType)?.Content is not JObject card
            || card["body"] is not JArray body)
        {
            return false;
        }

        token = Guid.NewGuid().ToString("N");
        body.Add(Buttons(token));
        return true;
    }

    /// <summary>The 👍/👎 row of an answer card (Web Chat, the Emulator).</summary>
    public static JObject Buttons(string token) => CardElements.ActionSet(
        [Button(LikeTitle, Like, token), Button(DislikeTitle, Dislike, token)],
        CardSpacing.Small);

    /// <summary>A click on one of our card buttons: the reaction and the answer's token, or null when it is not one.</summary>
    public static (string Reaction, string Token)? ReadCardSubmit(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.AsMessageActivity().Value is not JObject value)
        {
            return null;
        }

        var reaction = Text(value, ReactionProperty);
        var token = Text(value, AnswerProperty);
        return reaction is Like or Dislike && !string.IsNullOrWhiteSpace(token) && token.Length <= 64 ? (reaction, token) : null;
    }

    /// <summary>Teams' feedback invoke: the reaction, the text typed in Teams' form (or null) and the answer's activity id.</summary>
    public static (string Reaction, string? Text, string? ReplyToId)? ReadTeamsInvoke(Activity activity)
    {
        if (activity.Type != ActivityTypes.Invoke || activity.Name != InvokeName)
        {
            return null;
        }

        var value = activity.Value switch
        {
            JObject json => json,
            null => null,
            _ => JToken.FromObject(activity.Value) as JObject,
        };
        if (Text(value, "actionName") != ActionName || value?["actionValue"] is not JObject action)
        {
            return null;
        }

        var reaction = Text(action, "reaction");
        return reaction is Like or Dislike ? (reaction, FeedbackText(action["feedback"]), activity.ReplyToId) : null;
    }

    /// <summary>
    /// The text of Teams' feedback form: <c>feedback</c> is a JSON text (<c>{"feedbackText": "…"}</c> for the default
    /// form), sometimes an object; anything else is kept as it came. Empty means none.
    /// </summary>
    public static string? FeedbackText(JToken? feedback)
    {
        var json = feedback switch
        {
            JObject o => o,
            JValue { Type: JTokenType.String } s => Parse((string?)s),
            _ => null,
        };
        var text = json is not null
            ? Text(json, "feedbackText") ?? string.Join(" ", json.Properties().Select(p => p.Value).OfType<JValue>().Select(v => v.ToString()))
            : feedback is JValue { Type: JTokenType.String } raw ? (string?)raw : null;
        text = CardText.OneLine(text);
        return text.Length == 0 ? null : text.Length <= MaxFeedbackLength ? text : text[..MaxFeedbackLength];
    }

    private static JObject Button(string title, string reaction, string token) => FormActions.Submit(
        title,
        new JObject { [ReactionProperty] = reaction, [AnswerProperty] = token },
        withInputs: false);

    private static JObject? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JObject.Parse(text);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static string? Text(JObject? json, string property) =>
        json?[property] is JValue { Type: JTokenType.String } value ? (string?)value : null;
}
