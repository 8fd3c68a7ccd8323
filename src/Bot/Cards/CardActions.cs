using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// Card buttons whose click comes back to the bot as if the user had typed the text.
/// <para>
/// <c>Action.Submit</c> with <c>data.msteams</c> of type <c>messageBack</c>: Teams posts <c>displayText</c> (the button
/// label) in the conversation as the user's message and sends the bot a message whose <c>Text</c> is the query and
/// whose <c>Value</c> is <c>msteams.value</c>. Web Chat, Direct Line and the Emulator ignore <c>msteams</c>: they send
/// a message with an empty <c>Text</c> and the whole <c>data</c> object in <c>Value</c>. Both carry the query under
/// <see cref="QueryProperty"/>, which <see cref="Channels.IncomingText"/> reads.
/// </para>
/// </summary>
public static class CardActions
{
    /// <summary>The property of a submit's data that holds the text to handle as typed.</summary>
    public const string QueryProperty = "mednum49Query";

    /// <summary>
    /// At most this many actions in one action set: the Adaptive Cards client's default host configuration
    /// reports more as an error (Teams shows up to 6, the rest in an overflow menu).
    /// </summary>
    public const int MaxPerSet = 5;

    /// <summary>
    /// The property of a submit's data that answers a dialog's choice prompt (the dialog layer's
    /// <see cref="Dialogs.Prompts.ChoiceRecognizer.CardValueProperty"/>).
    /// </summary>
    public const string PromptChoiceProperty = Dialogs.Prompts.ChoiceRecognizer.CardValueProperty;

    public static JObject Submit(AnswerChoice choice) => Submit(choice.Label, choice.Query);

    /// <summary>
    /// A button that answers a dialog's choice prompt with <paramref name="value"/>. It carries the value under
    /// <see cref="PromptChoiceProperty"/>, which the prompt recognises while it waits, and also as the query, so that a
    /// click on an old card, once the prompt is over, is still handled as if the user had typed the value.
    /// </summary>
    public static JObject PromptAnswer(AnswerChoice choice)
    {
        var button = Submit(choice.Label, choice.Query);
        button["data"]![PromptChoiceProperty] = choice.Query;
        button["data"]!["msteams"]!["value"]![PromptChoiceProperty] = choice.Query;
        return button;
    }

    /// <param name="title">The button label, also what Teams shows as the user's message.</param>
    /// <param name="query">What the bot receives, exactly as if the user had typed it.</param>
    public static JObject Submit(string title, string query)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = new JObject
            {
                [QueryProperty] = query,
                ["msteams"] = new JObject
                {
                    ["type"] = "messageBack",
                    ["text"] = query,
                    ["displayText"] = title,
                    ["value"] = new JObject { [QueryProperty] = query },
                },
            },
        };
    }

    /// <summary>
    /// About how many characters of button labels fit side by side on a narrow (phone) card. Clients lay out an action
    /// set on one line and cut or hide what does not fit, so longer rows are split.
    /// </summary>
    public const int MaxRowLabelLength = 32;

    /// <summary>
    /// A button for every choice, in rows (action sets) of at most <see cref="MaxPerSet"/> buttons and about
    /// <see cref="MaxRowLabelLength"/> characters: short choices side by side, long ones (questions) one per line.
    /// </summary>
    /// <param name="button">How a choice becomes a button (default <see cref="Submit(AnswerChoice)"/>).</param>
    public static IEnumerable<JObject> ActionSets(IEnumerable<AnswerChoice> choices, CardSpacing spacing = CardSpacing.Small, Func<AnswerChoice, JObject>? button = null)
    {
        button ??= Submit;
        return Rows(choices, choice => choice.Label)
            .Select((row, i) => CardElements.ActionSet(row.Select(button), i == 0 ? spacing : CardSpacing.Small));
    }

    /// <summary>
    /// A button that opens a link (<c>tel:</c>, <c>mailto:</c>, a website, a map): the client opens it, nothing comes
    /// back to the bot. Pass only links checked to be safe (see <see cref="PlaceContactLine"/>).
    /// </summary>
    public static JObject OpenUrl(string title, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return new JObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };
    }

    /// <summary>Link buttons in rows laid out like <see cref="ActionSets"/>.</summary>
    public static IEnumerable<JObject> LinkSets(IEnumerable<(string Title, string Url)> links, CardSpacing spacing = CardSpacing.Small) =>
        Rows(links, link => link.Title)
            .Select((row, i) => CardElements.ActionSet(row.Select(link => OpenUrl(link.Title, link.Url)), i == 0 ? spacing : CardSpacing.Small));

    private static List<List<T>> Rows<T>(IEnumerable<T> items, Func<T, string> label)
    {
        var rows = new List<List<T>>();
        foreach (var item in items)
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is null || row.Count == MaxPerSet || row.Sum(i => label(i).Length) + label(item).Length > MaxRowLabelLength)
            {
                rows.Add(row = []);
            }

            row.Add(item);
        }

        return rows;
    }
}
