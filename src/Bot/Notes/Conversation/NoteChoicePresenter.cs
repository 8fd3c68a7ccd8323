using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Shows the choices of the notes' prompts. Where cards render: a card with the question and a button per choice
/// (a few short ones, such as Oui / Non) or, for long lists of long titles (the working groups), radio buttons that
/// wrap and a "Valider" button; either way the answer comes back as <c>{"choice": value}</c>, and typing the number or
/// a word still works. Elsewhere: the default numbered list (<see cref="NumberedChoicePresenter"/>).
/// </summary>
public sealed class NoteChoicePresenter : IChoicePresenter
{
    public const string Validate = "Valider";
    public const string ChooseOne = "Choisissez une des propositions.";

    /// <summary>Up to this many choices are buttons; more become radio buttons.</summary>
    public const int MaxButtons = 3;

    public static NoteChoicePresenter Instance { get; } = new();

    public IMessageActivity Present(ITurnContext turnContext, IMessageActivity question, IReadOnlyList<Choice> choices, ListStyle style)
    {
        var channel = ChannelCapabilities.Of(turnContext.Activity);
        if (!channel.SupportsAdaptiveCards || style == ListStyle.None || choices.Count == 0)
        {
            return NumberedChoicePresenter.Instance.Present(turnContext, question, choices, style);
        }

        var text = CardText.Clean(question.Text);
        var card = new AdaptiveCardBuilder()
            .WithFallbackText(string.Join('\n', [text, .. choices.Select((c, i) => $"{i + 1}. {CardText.OneLine(c.Display)}")]));
        card.Add(CardText.Paragraphs(text).Select((p, i) => CardElements.Paragraph(p, spacing: i == 0 ? CardSpacing.Default : CardSpacing.Small)));
        if (choices.Count <= MaxButtons)
        {
            card.Add(CardElements.ActionSet(choices.Select(c => FormActions.Choice(CardText.OneLine(c.Display), c.Value)), CardSpacing.Medium));
        }
        else
        {
            card.Add(CardInputs.ChoiceSet(
                ChoiceRecognizer.CardValueProperty,
                ChooseOne,
                choices.Select(c => (c.Display, c.Value)),
                expanded: true,
                isRequired: true,
                errorMessage: ChooseOne));
            card.Add(CardElements.ActionSet([FormActions.Submit(Validate, new JObject { ["mednum49Prompt"] = "choice" }, primary: true)], CardSpacing.Medium));
        }

        var reply = MessageFactory.Attachment(AdaptiveCardBuilder.ToAttachment(card.Build()));
        reply.Summary = CardText.OneLine(text);
        return reply;
    }
}
