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

    /// <summary>The buttons at the very end of the card (the follow-ups): action sets after the last text.</summary>
    public static IReadOnlyList<JObject> TrailingButtons(JObject card)
    {
        var body = ((JArray)card["body"]!).OfType<JObject>().ToList();
        var trailing = body.AsEnumerable().Reverse().TakeWhile(e => (string?)e["type"] == "ActionSet").Reverse();
        var actions = card["actions"] is JArray cardActions ? cardActions.OfType<JObject>() : [];
        return [.. trailing.SelectMany(set => set["actions"]!.OfType<JObject>()), .. actions];
    }
}
