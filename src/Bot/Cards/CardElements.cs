using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// Adaptive Card elements as JSON objects. Two kinds of text, on purpose:
/// <list type="bullet">
/// <item><see cref="Paragraph"/> / <see cref="RichText"/> (RichTextBlock of TextRuns): shown literally. Clients do not
/// apply Markdown to text runs, so knowledge-base or user text with <c>*</c>, <c>_</c>, <c>[label](url)</c>, <c>- </c>…
/// can neither change the layout nor become a link. Use them for every text the bot did not write itself.
/// (Clients still turn <c>{{DATE(…)}}</c> into a date in text runs: see <see cref="CardText.WithoutDateFunctions"/>.)</item>
/// <item><see cref="TextBlock"/>: Markdown is applied (Teams, Web Chat). Only for the bot's own fixed French text.
/// Escaping Markdown with backslashes is not an option: Teams mobile shows the backslashes.</item>
/// </list>
/// </summary>
public static class CardElements
{
    /// <summary>A TextBlock (wrapped). Its text is Markdown: pass only text the bot itself writes.</summary>
    public static JObject TextBlock(string trustedText, TextStyle? style = null, CardSpacing spacing = CardSpacing.Default, bool separator = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trustedText);
        var block = Element("TextBlock", spacing, separator);
        block["text"] = trustedText;
        ApplyStyle(block, style ?? TextStyle.Normal, allowItalic: false);
        block["wrap"] = true;
        return block;
    }

    /// <summary>A paragraph of literal text (a RichTextBlock with one run): safe for any text.</summary>
    public static JObject Paragraph(string text, TextStyle? style = null, CardSpacing spacing = CardSpacing.Default, bool separator = false) =>
        RichText([Run(text, style)], spacing, separator);

    /// <summary>A line made of several literal runs, e.g. a bold name followed by details.</summary>
    public static JObject RichText(IEnumerable<JObject> runs, CardSpacing spacing = CardSpacing.Default, bool separator = false)
    {
        var inlines = new JArray(runs);
        if (inlines.Count == 0)
        {
            throw new ArgumentException("A RichTextBlock needs at least one text run.", nameof(runs));
        }

        var block = Element("RichTextBlock", spacing, separator);
        block["inlines"] = inlines;
        return block;
    }

    /// <summary>A TextRun: literal text, never Markdown.</summary>
    public static JObject Run(string text, TextStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var run = new JObject { ["type"] = "TextRun", ["text"] = CardText.WithoutDateFunctions(text) };
        ApplyStyle(run, style ?? TextStyle.Normal, allowItalic: true);
        return run;
    }

    public static JObject Container(IEnumerable<JObject> items, CardSpacing spacing = CardSpacing.Default, bool separator = false)
    {
        var children = new JArray(items);
        if (children.Count == 0)
        {
            throw new ArgumentException("A Container needs at least one item.", nameof(items));
        }

        var container = Element("Container", spacing, separator);
        container["items"] = children;
        return container;
    }

    /// <summary>Buttons inside the body, next to the text they belong to (at most <see cref="CardActions.MaxPerSet"/>).</summary>
    public static JObject ActionSet(IEnumerable<JObject> actions, CardSpacing spacing = CardSpacing.Default)
    {
        var buttons = new JArray(actions);
        if (buttons.Count is 0 or > CardActions.MaxPerSet)
        {
            throw new ArgumentException($"An ActionSet holds 1 to {CardActions.MaxPerSet} actions, not {buttons.Count}.", nameof(actions));
        }

        var set = Element("ActionSet", spacing, separator: false);
        set["actions"] = buttons;
        return set;
    }

    private static JObject Element(string type, CardSpacing spacing, bool separator)
    {
        var element = new JObject { ["type"] = type };
        if (spacing != CardSpacing.Default)
        {
            element["spacing"] = spacing.ToString();
        }

        if (separator)
        {
            element["separator"] = true;
        }

        return element;
    }

    private static void ApplyStyle(JObject target, TextStyle style, bool allowItalic)
    {
        if (style.Size != TextSize.Default)
        {
            target["size"] = style.Size.ToString();
        }

        if (style.Weight != TextWeight.Default)
        {
            target["weight"] = style.Weight.ToString();
        }

        if (style.IsSubtle)
        {
            target["isSubtle"] = true;
        }

        if (style.Italic)
        {
            if (!allowItalic)
            {
                throw new ArgumentException("Only text runs can be italic.", nameof(style));
            }

            target["italic"] = true;
        }
    }
}
