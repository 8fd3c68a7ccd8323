using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// Adaptive Card inputs (schema 1.5) for forms. On submit the client merges each input's value into the action's data
/// under the input's id. Labels, choice titles and values are plain text for every client (never Markdown), so user
/// values can be put back into a form as they are. Default values are never written: the client drops them.
/// </summary>
public static class CardInputs
{
    /// <summary>A list of choices (<paramref name="expanded"/>: radio buttons that wrap long titles; otherwise a drop-down).</summary>
    public static JObject ChoiceSet(
        string id,
        string label,
        IEnumerable<(string Title, string Value)> choices,
        string? value = null,
        bool expanded = false,
        bool isRequired = false,
        string? errorMessage = null)
    {
        var items = new JArray(choices.Select(c => new JObject { ["title"] = CardText.OneLine(c.Title), ["value"] = c.Value }));
        if (items.Count == 0)
        {
            throw new ArgumentException("A choice set needs at least one choice.", nameof(choices));
        }

        var input = Input("Input.ChoiceSet", id, label, isRequired, errorMessage);
        input["choices"] = items;
        if (expanded)
        {
            input["style"] = "expanded";
        }

        // Long titles (the working groups) must wrap rather than be cut.
        input["wrap"] = true;
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        return input;
    }

    /// <summary>A text field; <paramref name="value"/> is shown as typed (kept when a form comes back with errors).</summary>
    public static JObject Text(
        string id,
        string label,
        bool isMultiline = false,
        int? maxLength = null,
        string? value = null,
        string? placeholder = null,
        bool isRequired = false,
        string? errorMessage = null)
    {
        var input = Input("Input.Text", id, label, isRequired, errorMessage);
        if (isMultiline)
        {
            input["isMultiline"] = true;
        }

        if (maxLength is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(maxLength));
            input["maxLength"] = max;
        }

        if (!string.IsNullOrWhiteSpace(placeholder))
        {
            input["placeholder"] = placeholder;
        }

        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        return input;
    }

    /// <summary>A date picker; the client sends the date as <c>yyyy-MM-dd</c>.</summary>
    public static JObject Date(string id, string label, DateOnly? value = null, DateOnly? min = null, DateOnly? max = null)
    {
        var input = Input("Input.Date", id, label, isRequired: false, errorMessage: null);
        if (value is { } day)
        {
            input["value"] = IsoDate(day);
        }

        if (min is { } first)
        {
            input["min"] = IsoDate(first);
        }

        if (max is { } last)
        {
            input["max"] = IsoDate(last);
        }

        return input;
    }

    /// <summary>
    /// An error under a field, in the host's "attention" colour (red in Teams and Web Chat), as literal text: the
    /// server's reason a value was refused.
    /// </summary>
    public static JObject Error(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var run = CardElements.Run(CardText.OneLine(message));
        run["color"] = "Attention";
        var block = CardElements.RichText([run], CardSpacing.Small);
        return block;
    }

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JObject Input(string type, string id, string label, bool isRequired, string? errorMessage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var input = new JObject { ["type"] = type, ["id"] = id, ["label"] = CardText.OneLine(label) };
        if (isRequired)
        {
            input["isRequired"] = true;
            // Teams shows this under the field when the client refuses to submit it empty.
            input["errorMessage"] = string.IsNullOrWhiteSpace(errorMessage) ? throw new ArgumentException("A required input needs its error message.", nameof(errorMessage)) : CardText.OneLine(errorMessage);
        }

        return input;
    }
}
