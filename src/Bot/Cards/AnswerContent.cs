using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Cards;

/// <summary>
/// What a reply shows of an <see cref="Answer"/>, decided once so that the card and the text renderings show the same
/// thing: cleaned text, the most relevant items first, lists cut to a readable length (the rest counted).
/// </summary>
public sealed record AnswerContent
{
    /// <summary>About six bullets: Teams users read a short answer; the rest is behind « Voir tout » in a card.</summary>
    public const int MaxFacts = AnswerPages.PageSize;
    public const int MaxPeople = AnswerPages.PageSize;
    public const int MaxPlaces = AnswerPages.PageSize;
    public const int MaxSources = 4;
    public const int MaxChoices = 10;
    public const int MaxFollowUps = 3;

    public const string PeopleLabel = "Contacts";
    public const string PlacesLabel = "Lieux";
    public const string ChoicesPrompt = "Précisez votre demande :";
    public const string FollowUpsLabel = "Vous pouvez aussi demander :";

    /// <summary>Shown when an answer has nothing to show at all (never an empty card).</summary>
    public const string EmptyTitle = "Je n'ai pas d'information à ce sujet.";

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>The narrative's paragraphs; when present they replace the facts.</summary>
    public IReadOnlyList<string> Narrative { get; init; } = [];

    public required Shown<string> Facts { get; init; }

    public required Shown<PersonLine> People { get; init; }

    /// <summary>Each place with its contact details when an open-data file gives them.</summary>
    public required Shown<PlaceLine> Places { get; init; }

    /// <summary>Distinct sections of the source document.</summary>
    public required Shown<string> Sources { get; init; }

    public required Shown<AnswerChoice> Choices { get; init; }

    public IReadOnlyList<AnswerChoice> FollowUps { get; init; } = [];

    /// <summary>True when the answer keeps the conversation's context, so "suite" shows the rest of its lists (<see cref="AnswerPages"/>).</summary>
    public bool Pageable { get; init; }

    /// <summary>"… et 3 autres", with how to see them in a text reply of a conversation that pages.</summary>
    public string MoreText(int hidden) => Pageable ? $"{CardText.More(hidden)} : {AnswerPages.MoreHint}" : CardText.More(hidden);

    /// <summary>"Source : …" or "Sources : …", or null without sources.</summary>
    public string? SourceLine => Sources.Items.Count == 0
        ? null
        : (Sources.Items.Count + Sources.Hidden > 1 ? "Sources : " : "Source : ") + string.Join(" ; ", Sources.Items) +
          (Sources.Hidden > 0 ? " " + CardText.More(Sources.Hidden) : "");

    public static AnswerContent From(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var title = CardText.OneLine(answer.Title);
        var summary = CardText.OneLine(answer.Summary);
        var narrative = CardText.Paragraphs(answer.Narrative);
        var facts = answer.Facts.Select(f => CardText.OneLine(f.Text)).Where(t => t.Length > 0);
        var people = answer.People.Select(PersonLine.From).OfType<PersonLine>();
        var places = answer.Places.Select(Place).OfType<PlaceLine>();
        var sources = answer.Sources.Select(s => CardText.OneLine(s.Section)).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal);

        var content = new AnswerContent
        {
            Title = title,
            Summary = summary.Length > 0 ? summary : null,
            Narrative = narrative,
            Facts = narrative.Count > 0 ? Shown<string>.None : Shown<string>.Of(facts, MaxFacts),
            People = Shown<PersonLine>.Of(people, MaxPeople),
            Places = Shown<PlaceLine>.Of(places, MaxPlaces),
            Sources = Shown<string>.Of(sources, MaxSources),
            Choices = ChoiceCard.Choices(answer.Choices),
            FollowUps = [.. ChoiceCard.Choices(answer.FollowUps).Items.Take(MaxFollowUps)],
            Pageable = answer.Context is not null,
        };
        return content.HasBody || title.Length > 0 ? content : content with { Title = EmptyTitle };
    }

    private bool HasBody => Summary is not null || Narrative.Count > 0 || Facts.Items.Count > 0 || People.Items.Count > 0 ||
                            Places.Items.Count > 0 || Choices.Items.Count > 0;

    /// <summary>"Name (Commune) — kind"; the commune is left out when the name already says it.</summary>
    private static PlaceLine? Place(AnswerPlace place)
    {
        var name = CardText.OneLine(place.Name);
        if (name.Length == 0)
        {
            return null;
        }

        var commune = CardText.OneLine(place.Commune);
        var kind = CardText.OneLine(place.Kind);
        var line = commune.Length > 0 && !name.Contains(commune, StringComparison.OrdinalIgnoreCase) ? $"{name} ({commune})" : name;
        return new PlaceLine(kind.Length > 0 ? $"{line} — {kind}" : line, PlaceContactLine.From(place.Contact));
    }
}
