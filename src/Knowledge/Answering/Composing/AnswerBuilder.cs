using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Collects an answer's facts, places, people and sources without duplicates, and caps them so an answer stays
/// readable: the most relevant first, never the whole fiche.
/// </summary>
internal sealed class AnswerBuilder(EngineState state, string question, string kind)
{
    public const int MaxFacts = 12;
    public const int MaxListFacts = 30;
    public const int MaxPlaces = 10;
    public const int MaxPeople = 8;

    private readonly List<AnswerFact> facts = [];
    private readonly HashSet<string> factTexts = new(StringComparer.Ordinal);
    private readonly List<AnswerPlace> places = [];
    private readonly HashSet<string> placeIds = new(StringComparer.Ordinal);
    private readonly List<AnswerPerson> people = [];
    private readonly HashSet<string> personIds = new(StringComparer.Ordinal);
    private readonly List<AnswerSource> sources = [];
    private readonly HashSet<string> sourceIds = new(StringComparer.Ordinal);
    private readonly List<AnswerChoice> followUps = [];
    private readonly List<AnswerChoice> choices = [];

    public KnowledgeBase Kb => state.Kb;

    public string Kind { get; set; } = kind;

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public int FactCount => facts.Count;

    /// <summary>How many facts the answer keeps: <see cref="MaxFacts"/>, more for a list the user asked for.</summary>
    public int FactLimit { get; set; } = kind == QuestionKinds.List ? MaxListFacts : MaxFacts;

    public int PlaceCount => places.Count;

    public int PersonCount => people.Count;

    public bool HasSource(string id) => sourceIds.Contains(id);

    private readonly HashSet<string> described = new(StringComparer.Ordinal);

    /// <summary>Marks an entity as already described by a fact, so later facts do not repeat it.</summary>
    public void Describe(string id) => described.Add(id);

    public bool IsDescribed(string id) => described.Contains(id);

    /// <summary>Adds a fact (once) and its source; beyond <see cref="FactLimit"/> facts, only the source is kept.</summary>
    public AnswerBuilder Fact(string? text, string? sourceId = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        if (facts.Count >= FactLimit)
        {
            return Source(sourceId); // past the limit only the source counts: no need to write the sentence
        }

        var sentence = Labels.Sentence(text);
        if (facts.Count < FactLimit && factTexts.Add(sentence))
        {
            facts.Add(new AnswerFact(sentence, sourceId));
        }

        return Source(sourceId);
    }

    public AnswerBuilder Source(string? id)
    {
        if (id is null || !sourceIds.Add(id))
        {
            return this;
        }

        if (state.Find(id) is { } entity and not ScopeEntity)
        {
            sources.Add(new AnswerSource(id, entity.Section));
        }

        return this;
    }

    public AnswerBuilder Place(Place place)
    {
        if (places.Count < MaxPlaces && placeIds.Add(place.Id))
        {
            places.Add(new AnswerPlace(place.Name, Names.CommuneOfPlace(Kb, place), Labels.PlaceKind(place.Kind), place.Id));
        }

        return Source(place.Id);
    }

    /// <summary>A place of the open-data files, with its contact details, cited as the file it comes from.</summary>
    public AnswerBuilder OpenPlace(Places.OpenPlace place, string? commune, PlaceContact contact)
    {
        var id = $"lieu:{place.Id}";
        var same = place.Links.EntityId is { } entity ? places.FindIndex(p => p.SourceId == entity) : -1;
        if (same >= 0)
        {
            // The roadmap's place is already listed: it gets the file's contact details.
            places[same] = places[same] with { Contact = contact };
            placeIds.Add(id);
        }
        else if (places.Count < MaxPlaces && placeIds.Add(id))
        {
            places.Add(new AnswerPlace(place.Name, commune, "lieu de médiation numérique", id, contact));
            if (place.Links.EntityId is { } linked)
            {
                placeIds.Add(linked);
            }
        }

        if (sourceIds.Add(id))
        {
            sources.Add(new AnswerSource(id, $"Lieux de médiation numérique (données ouvertes) — {place.File}"));
        }

        return this;
    }

    public AnswerBuilder Person(Person person)
    {
        if (people.Count < MaxPeople && personIds.Add(person.Id))
        {
            people.Add(new AnswerPerson(person.Name, Names.StructureOf(Kb, person), person.Function, person.Id));
        }

        return Source(person.Id);
    }

    public AnswerBuilder FollowUp(string question)
    {
        if (followUps.Count < 3 && followUps.All(f => f.Query != question))
        {
            followUps.Add(new AnswerChoice(question, question));
        }

        return this;
    }

    public AnswerBuilder Choice(string label, string query)
    {
        if (choices.All(c => c.Query != query))
        {
            choices.Add(new AnswerChoice(label, query));
        }

        return this;
    }

    public Answer Build(bool found = true, AnswerConfidence confidence = AnswerConfidence.High) => new()
    {
        Question = question,
        Found = found,
        Kind = Kind,
        Confidence = found ? confidence : AnswerConfidence.None,
        Title = Title,
        Summary = Summary,
        Facts = facts,
        People = people,
        Places = places,
        Sources = sources,
        FollowUps = followUps,
        Choices = choices,
    };
}
