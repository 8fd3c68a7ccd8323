using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// Builds an Adaptive Card as a JSON object (no AdaptiveCards package: the registry does not serve it).
/// The card is a Newtonsoft <see cref="JObject"/> because the Bot Framework serialises attachments with Newtonsoft:
/// a JObject in <see cref="Attachment.Content"/> goes on the wire exactly as built.
/// </summary>
public sealed class AdaptiveCardBuilder
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema version Teams renders.</summary>
    public const string Version = "1.5";

    private readonly JArray _body = [];
    private readonly JArray _actions = [];
    private string? _fallbackText;

    public AdaptiveCardBuilder Add(JObject element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _body.Add(element);
        return this;
    }

    public AdaptiveCardBuilder Add(IEnumerable<JObject> elements)
    {
        foreach (var element in elements)
        {
            Add(element);
        }

        return this;
    }

    /// <summary>A button at the bottom of the card (at most <see cref="CardActions.MaxPerSet"/>).</summary>
    public AdaptiveCardBuilder AddAction(JObject action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_actions.Count == CardActions.MaxPerSet)
        {
            throw new InvalidOperationException($"A card holds at most {CardActions.MaxPerSet} actions.");
        }

        _actions.Add(action);
        return this;
    }

    /// <summary>What a client that cannot render this card version shows instead (plain text).</summary>
    public AdaptiveCardBuilder WithFallbackText(string text)
    {
        _fallbackText = string.IsNullOrWhiteSpace(text) ? null : text;
        return this;
    }

    public JObject Build()
    {
        if (_body.Count == 0)
        {
            throw new InvalidOperationException("A card needs at least one element in its body.");
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            // No "lang": the Adaptive Cards JS client (Web Chat) checks it with a global regular expression whose
            // state carries over, so every other card it parses reports "fr" as invalid and drops it.
            ["version"] = Version,
        };
        if (_fallbackText is not null)
        {
            card["fallbackText"] = _fallbackText;
        }

        card["body"] = _body.DeepClone();
        if (_actions.Count > 0)
        {
            card["actions"] = _actions.DeepClone();
        }

        return card;
    }

    public static Attachment ToAttachment(JObject card) => new() { ContentType = ContentType, Content = card };
}
