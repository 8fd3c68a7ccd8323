using Mednum49.Bot.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Channels;

/// <summary>
/// The text to understand in an incoming message, whether it was typed or sent by a card button
/// (<see cref="CardActions.Submit(string, string)"/>):
/// <list type="bullet">
/// <item>Teams (messageBack): <c>Text</c> is the query, <c>Value</c> the <c>msteams.value</c> object.</item>
/// <item>Web Chat, Direct Line, Emulator (Action.Submit): <c>Text</c> is empty, <c>Value</c> is the button's <c>data</c>.</item>
/// <item>Typed text: in Teams channels and group chats it starts with the bot's @mention, which is removed.</item>
/// </list>
/// </summary>
public static class IncomingText
{
    public static string Of(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SubmittedQuery(activity.Value) ?? Mentions.TextWithoutBotMention(activity);
    }

    /// <summary>The query a card button carried in the activity's value, or null when it holds none.</summary>
    public static string? SubmittedQuery(object? value)
    {
        var data = value switch
        {
            null => null,
            JObject json => json,
            // Teams passes a messageBack value given as a string through as that string.
            string text => ParseObject(text),
            JToken => null,
            _ => FromObject(value),
        };
        var query = data?[CardActions.QueryProperty] is JValue { Type: JTokenType.String } token ? CardText.OneLine((string?)token) : "";
        return query.Length > 0 ? query : null;
    }

    private static JObject? ParseObject(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
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

    private static JObject? FromObject(object value)
    {
        try
        {
            return JToken.FromObject(value) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
