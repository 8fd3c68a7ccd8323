using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// A question and its choices as buttons, for the dialogs' choice prompts. A click comes back as the choice's query,
/// exactly as if the user had typed it (see <see cref="CardActions"/>), and answers the prompt that asked.
/// </summary>
public static class ChoiceCard
{
    public const int MaxChoices = AnswerContent.MaxChoices;

    /// <param name="answersPrompt">
    /// True when a dialog's choice prompt asks: the buttons then answer the prompt (<see cref="CardActions.PromptAnswer"/>).
    /// </param>
    public static JObject Create(string prompt, IEnumerable<AnswerChoice> choices, bool answersPrompt = false)
    {
        var text = CardText.Clean(prompt);
        ArgumentException.ThrowIfNullOrWhiteSpace(text, nameof(prompt));
        var shown = Choices(choices);
        var card = new AdaptiveCardBuilder()
            .WithFallbackText(string.Join('\n', [text, .. shown.Items.Select((c, i) => $"{i + 1}. {c.Label}")]))
            .Add(CardText.Paragraphs(text).Select((paragraph, i) => CardElements.Paragraph(paragraph, spacing: i == 0 ? CardSpacing.Default : CardSpacing.Small)))
            .Add(CardActions.ActionSets(shown.Items, button: answersPrompt ? CardActions.PromptAnswer : CardActions.Submit));
        if (shown.Hidden > 0)
        {
            card.Add(CardElements.Paragraph(CardText.More(shown.Hidden), TextStyle.Subtle, CardSpacing.Small));
        }

        return card.Build();
    }

    /// <summary>The choices shown (cleaned, without duplicates, at most <see cref="MaxChoices"/>) and how many are left out.</summary>
    public static Shown<AnswerChoice> Choices(IEnumerable<AnswerChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var cleaned = choices
            .Select(c => (Label: CardText.OneLine(c.Label), Query: CardText.OneLine(c.Query)))
            .Where(c => c.Query.Length > 0)
            .Select(c => new AnswerChoice(c.Label.Length > 0 ? c.Label : c.Query, c.Query))
            .DistinctBy(c => c.Query, StringComparer.OrdinalIgnoreCase);
        return Shown<AnswerChoice>.Of(cleaned, MaxChoices);
    }
}
