using Mednum49.Bot.Cards;

namespace Mednum49.Bot.Channels;

/// <summary>
/// An answer as text for channels without Adaptive Cards: the same content as <see cref="AnswerCard"/>, with the
/// choices numbered since there are no buttons to click.
/// </summary>
public static class AnswerTextReply
{
    /// <summary>Under numbered choices: how to pick one without buttons.</summary>
    public const string ChoicesHint = "Répondez par le numéro ou le nom.";

    /// <param name="followUps">False when the follow-ups are sent as suggested actions instead.</param>
    public static string Render(AnswerContent content, TextMarkup markup, bool followUps = true)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new TextReplyBuilder(markup);
        if (content.Title.Length > 0)
        {
            text.Heading(content.Title);
        }

        if (content.Summary is not null)
        {
            text.Paragraph(content.Summary);
        }

        foreach (var paragraph in content.Narrative)
        {
            text.Paragraph(paragraph);
        }

        List(text, content, content.Facts, markup.Literal);

        if (content.People.Items.Count > 0)
        {
            text.Label(AnswerContent.PeopleLabel);
            List(text, content, content.People, person => person.Details.Length > 0
                ? markup.Bold(person.Name) + markup.Literal(" — " + person.Details)
                : markup.Bold(person.Name));
        }

        if (content.Places.Items.Count > 0)
        {
            text.Label(AnswerContent.PlacesLabel);
            List(text, content, content.Places, place => PlaceText(place, markup));
        }

        if (content.Choices.Items.Count > 0)
        {
            text.Heading(AnswerContent.ChoicesPrompt);
            text.Numbered(content.Choices.Items.Select(choice => markup.Literal(choice.Label)));
            if (content.Choices.Hidden > 0)
            {
                text.Subtle(CardText.More(content.Choices.Hidden));
            }

            text.Subtle(ChoicesHint);
        }

        if (content.SourceLine is { } sources)
        {
            text.Subtle(sources);
        }

        if (followUps && content.FollowUps.Count > 0)
        {
            text.Paragraph($"{AnswerContent.FollowUpsLabel} {string.Join(", ", content.FollowUps.Select(f => $"« {f.Label} »"))}");
        }

        return text.Build();
    }

    /// <summary>
    /// One line per place, as the card shows it: "Name — Adresse : … · Horaires : … · Tél. : 02 41 … · E-mail : … ·
    /// Site web · Plan", the last four as links where the markup has them.
    /// </summary>
    public static string PlaceText(PlaceLine place, TextMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(markup);
        if (place.Contact is not { } contact)
        {
            return markup.Literal(place.Text);
        }

        var parts = new List<string>();
        if (contact.Address is not null)
        {
            parts.Add(markup.Literal($"{PlaceContactLine.AddressLabel} : {contact.Address}"));
        }

        if (contact.Hours is not null)
        {
            parts.Add(markup.Literal($"{PlaceContactLine.HoursLabel} : {contact.Hours}"));
        }

        if (contact.Phone is not null)
        {
            parts.Add(markup.Literal($"{PlaceContactLine.PhoneLabel} : ") + (contact.PhoneUri is { } tel ? markup.Link(contact.Phone, tel) : markup.Literal(contact.Phone)));
        }

        if (contact.Email is not null)
        {
            parts.Add(markup.Literal($"{PlaceContactLine.EmailLabel} : ") + (contact.EmailUri is { } mailto ? markup.Link(contact.Email, mailto) : markup.Literal(contact.Email)));
        }

        if (contact.WebsiteUri is { } site)
        {
            parts.Add(markup.Link(PlaceContactLine.WebsiteTitle, site));
        }

        if (contact.MapUri is { } map)
        {
            parts.Add(markup.Link(PlaceContactLine.MapTitle, map));
        }

        return markup.Literal(place.Text) + markup.Literal(" — ") + string.Join(markup.Literal(" · "), parts);
    }

    // A list cut to a page: how many are left, and in a conversation how to see them ("suite").
    private static void List<T>(TextReplyBuilder text, AnswerContent content, Shown<T> shown, Func<T, string> line)
    {
        if (shown.Items.Count == 0)
        {
            return;
        }

        text.Bullets(shown.Items.Select(line));
        if (shown.Hidden > 0)
        {
            text.Subtle(content.MoreText(shown.Hidden));
        }
    }
}
