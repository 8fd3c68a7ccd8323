using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// Card buttons that send data rather than a query to handle as typed (for those, see <see cref="CardActions"/>):
/// a form's submit button, and the answer buttons of a dialog's choice prompt.
/// </summary>
public static class FormActions
{
    /// <summary>The property of a form's submit data that names the form (<c>{"mednum49Form": "note", …}</c>).</summary>
    public const string FormProperty = "mednum49Form";

    /// <summary>
    /// True when the activity is the submission of one of our forms. A form is a whole request in one step: it is
    /// handled by its feature even while a dialog waits for an answer, and that dialog keeps waiting.
    /// </summary>
    public static bool IsFormSubmission(IActivity activity) =>
        activity.Type == ActivityTypes.Message
        && activity.AsMessageActivity().Value is JObject value
        && value[FormProperty] is JValue { Type: JTokenType.String };

    /// <summary>
    /// An <c>Action.Submit</c> whose <paramref name="data"/> arrives as the message's <c>Value</c>, merged with the card's
    /// inputs (Teams and Web Chat alike, with an empty <c>Text</c>). <paramref name="withInputs"/> false sends no input
    /// and lets the client submit without checking required fields (a "cancel" or "other way" button).
    /// </summary>
    public static JObject Submit(string title, JObject data, bool withInputs = true, bool primary = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(data);
        var action = new JObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (primary)
        {
            action["style"] = "positive";
        }

        if (!withInputs)
        {
            action["associatedInputs"] = "none";
        }

        return action;
    }

    /// <summary>
    /// A button that answers a choice or confirm prompt: <c>{"choice": value}</c> in the data (see
    /// <c>ChoiceRecognizer.CardValueProperty</c>). In Teams it is a messageBack, so the label appears in the
    /// conversation as the user's answer, and the value still comes in <c>Value</c>.
    /// </summary>
    public static JObject Choice(string title, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = new JObject
            {
                [Dialogs.Prompts.ChoiceRecognizer.CardValueProperty] = value,
                ["msteams"] = new JObject
                {
                    ["type"] = "messageBack",
                    ["text"] = title,
                    ["displayText"] = title,
                    ["value"] = new JObject { [Dialogs.Prompts.ChoiceRecognizer.CardValueProperty] = value },
                },
            },
        };
    }
}
