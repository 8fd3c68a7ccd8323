using Mednum49.Bot.Channels;
using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// An orientation answer as an Adaptive Card: title, summary, narrative or facts, contacts, places, the choices as
/// buttons when the question was ambiguous, the source (subtle) and follow-up buttons. Every text that comes from
/// the knowledge base or the user is literal (see <see cref="CardElements"/>).
/// </summary>
public static class AnswerCard
{
    private static readonly TextStyle TitleStyle = TextStyle.Heading;
    private static readonly TextStyle NameStyle = new() { Weight = TextWeight.Bolder };

    /// <param name="followUpButtons">
    /// False when the follow-ups are sent as suggested actions instead (Teams personal chat, Web Chat): the same
    /// suggestions twice would only add noise.
    /// </param>
    public static JObject Create(Answer answer, bool followUpButtons = true) =>
        Create(AnswerContent.From(answer), followUpButtons);

    public static JObject Create(AnswerContent content, bool followUpButtons = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        var card = new AdaptiveCardBuilder().WithFallbackText(AnswerTextReply.Render(content, TextMarkup.Plain));

        if (content.Title.Length > 0)
        {
            card.Add(CardElements.Paragraph(content.Title, TitleStyle));
        }

        if (content.Summary is not null)
        {
            card.Add(CardElements.Paragraph(content.Summary, spacing: CardSpacing.Small));
        }

        card.Add(content.Narrative.Select(paragraph => CardElements.Paragraph(paragraph, spacing: CardSpacing.Small)));
        card.Add(Bullets(content.Facts, fact => [CardElements.Run(fact)]));

        if (content.People.Items.Count > 0)
        {
            card.Add(Section(AnswerContent.PeopleLabel, Bullets(content.People, PersonRuns)));
        }

        if (content.Places.Items.Count > 0)
        {
            card.Add(Section(AnswerContent.PlacesLabel, Bullets(content.Places, place => [CardElements.Run(place.Text)], PlaceDetails)));
        }

        if (content.Choices.Items.Count > 0)
        {
            card.Add(CardElements.TextBlock(AnswerContent.ChoicesPrompt, TextStyle.Label, CardSpacing.Medium));
            card.Add(CardActions.ActionSets(content.Choices.Items));
            if (content.Choices.Hidden > 0)
            {
                card.Add(CardElements.Paragraph(CardText.More(content.Choices.Hidden), TextStyle.Subtle, CardSpacing.Small));
            }
        }

        if (content.SourceLine is { } sources)
        {
            card.Add(CardElements.Paragraph(sources, TextStyle.Subtle, CardSpacing.Medium, separator: true));
        }

        if (followUpButtons)
        {
            // In the body rather than the card's actions: a client lays those out on one line whatever their length.
            card.Add(CardActions.ActionSets(content.FollowUps, CardSpacing.Medium));
        }

        return card.Build();
    }

    private static IEnumerable<JObject> PersonRuns(PersonLine person) =>
        person.Details.Length > 0
            ? [CardElements.Run(person.Name, NameStyle), CardElements.Run(" — " + person.Details)]
            : [CardElements.Run(person.Name, NameStyle)];

    /// <summary>
    /// Under a place: its address and hours as literal text, then one compact row of link buttons (the number, the
    /// e-mail address, « Site web », « Plan »): at most 4 per set, under the 6 Teams shows.
    /// </summary>
    private static IEnumerable<JObject> PlaceDetails(PlaceLine place)
    {
        if (place.Contact is not { } contact)
        {
            yield break;
        }

        // A phone or an address without a safe link is still worth reading.
        var texts = new[]
        {
            (PlaceContactLine.AddressLabel, contact.Address),
            (PlaceContactLine.HoursLabel, contact.Hours),
            (PlaceContactLine.PhoneLabel, contact.PhoneUri is null ? contact.Phone : null),
            (PlaceContactLine.EmailLabel, contact.EmailUri is null ? contact.Email : null),
        };
        foreach (var (label, value) in texts)
        {
            if (value is not null)
            {
                yield return CardElements.RichText([CardElements.Run(label + " : ", TextStyle.Subtle), CardElements.Run(value)], CardSpacing.None);
            }
        }

        foreach (var row in CardActions.LinkSets(contact.Links(), CardSpacing.None))
        {
            yield return row;
        }
    }

    private static JObject Section(string label, IEnumerable<JObject> lines) =>
        CardElements.Container([CardElements.TextBlock(label, TextStyle.Label), .. lines], CardSpacing.Medium);

    /// <summary>The button that unfolds the rest of a list in the card itself (no round trip to the bot).</summary>
    public const string ShowAllTitle = "Voir tout";

    /// <summary>One bulleted line per item, then a « Voir tout » button that unfolds the rest when the list was cut.</summary>
    /// <param name="details">Elements shown under an item's line (a place's contact details and links).</param>
    private static IEnumerable<JObject> Bullets<T>(Shown<T> shown, Func<T, IEnumerable<JObject>> runs, Func<T, IEnumerable<JObject>>? details = null)
    {
        details ??= _ => [];
        foreach (var item in shown.Items)
        {
            yield return Bullet(item, runs);
            foreach (var detail in details(item))
            {
                yield return detail;
            }
        }

        if (shown.Rest.Count > 0)
        {
            var rest = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JArray(shown.Rest.SelectMany(item => details(item).Prepend(Bullet(item, runs)))),
            };
            var showAll = new JObject { ["type"] = "Action.ShowCard", ["title"] = $"{ShowAllTitle} ({CardText.More(shown.Hidden).TrimStart('…', ' ')})", ["card"] = rest };
            yield return CardElements.ActionSet([showAll], CardSpacing.Small);
        }
        else if (shown.Hidden > 0)
        {
            yield return CardElements.Paragraph(CardText.More(shown.Hidden), TextStyle.Subtle, CardSpacing.Small);
        }
    }

    private static JObject Bullet<T>(T item, Func<T, IEnumerable<JObject>> runs) =>
        CardElements.RichText([CardElements.Run("• "), .. runs(item)], CardSpacing.Small);
}
