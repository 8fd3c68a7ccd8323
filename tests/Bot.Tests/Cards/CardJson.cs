using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

/// <summary>Reads a card the way a client shows it: its elements, lines of text, and buttons.</summary>
public static class CardJson
{
    /// <summary>Every object of the card with the given <c>type</c>, in document order.</summary>
    public static IReadOnlyList<JObject> OfType(JToken card, string type) =>
        [.. ((JContainer)card).DescendantsAndSelf().OfType<JObject>().Where(o => (string?)o["type"] == type)];

    /// <summary>The text of each TextBlock (Markdown) in order.</summary>
    public static IReadOnlyList<string> TextBlocks(JToken card) => [.. OfType(card, "TextBlock").Select(b => (string)b["text"]!)];

    /// <summary>Each RichTextBlock as the line a user reads (its runs joined).</summary>
    public static IReadOnlyList<string> RichLines(JToken card) =>
        [.. OfType(card, "RichTextBlock").Select(b => string.Concat(b["inlines"]!.Select(r => (string)r["text"]!)))];

    /// <summary>Every line of text in order, whatever the element.</summary>
    public static IReadOnlyList<string> Lines(JToken card) =>
        [.. ((JContainer)card).DescendantsAndSelf().OfType<JObject>().Select(o => (string?)o["type"] switch
        {
            "TextBlock" => (string?)o["text"],
            "RichTextBlock" => string.Concat(o["inlines"]!.Select(r => (string)r["text"]!)),
            _ => null,
        }).OfType<string>()];

    public static IReadOnlyList<JObject> Buttons(JToken card) => OfType(card, "Action.Submit");

    /// <summary>The card-level buttons (bottom of the card), not those in the body.</summary>
    public static IReadOnlyList<JObject> CardActions(JObject card) => card["actions"] is JArray actions ? [.. actions.OfType<JObject>()] : [];
}
