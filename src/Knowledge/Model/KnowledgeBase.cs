using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Model;

/// <summary>
/// One immutable, validated snapshot of the whole knowledge base: every entity by kind and by id, and the lookups the
/// answering engine needs (what a commune belongs to, who leads what, who refers to what). Built only by the loader,
/// and only from files that validated: a snapshot is never half a knowledge base.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, IKnowledgeEntity> _byId;
    private readonly Dictionary<string, IReadOnlyList<IKnowledgeEntity>> _byName;
    private readonly Dictionary<string, IReadOnlyList<string>> _referencedBy;
    private readonly Dictionary<string, Territory> _territoryByEpci;
    private readonly Dictionary<string, IReadOnlyList<FormerCommune>> _formerCommunesByCommune;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Subdivision>> _subdivisionsOf = new(StringComparer.Ordinal);

    internal KnowledgeBase(KnowledgeBaseContent content, IEnumerable<(string From, string To)> references, int generation = 1)
    {
        Content = content;
        Generation = generation;

        var entities = content.AllEntities().ToList();
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

        _byName = entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Key: KnowledgeText.Normalize(n), Entity: e)))
            .Where(x => x.Key.Length > 0)
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IKnowledgeEntity>)[.. g.Select(x => x.Entity).Distinct()], StringComparer.Ordinal);

        _referencedBy = references
            .Where(r => r.From != r.To)
            .GroupBy(r => r.To, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.From).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);

        _territoryByEpci = content.Territories.ToDictionary(t => t.EpciId, StringComparer.Ordinal);
        _formerCommunesByCommune = content.FormerCommunes.GroupBy(f => f.CommuneId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FormerCommune>)[.. g], StringComparer.Ordinal);
    }

    private KnowledgeBase(KnowledgeBase other, int generation)
    {
        Content = other.Content;
        Generation = generation;
        _byId = other._byId;
        _byName = other._byName;
        _referencedBy = other._referencedBy;
        _territoryByEpci = other._territoryByEpci;
        _formerCommunesByCommune = other._formerCommunesByCommune;
        _subdivisionsOf = other._subdivisionsOf;
        OpenData = other.OpenData;
    }

    private KnowledgeBase(KnowledgeBase other, OpenPlaces openData)
        : this(other, other.Generation) => OpenData = openData;

    private KnowledgeBaseContent Content { get; }

    /// <summary>Increases by one each time the provider swaps in a new snapshot: dependants rebuild when it changes.</summary>
    public int Generation { get; }

    public SourceDocument Document => Content.Document;

    public IReadOnlyList<Axis> Axes => Content.Axes;

    public IReadOnlyList<RoadmapAction> Actions => Content.Actions;

    public IReadOnlyList<WorkingGroup> WorkingGroups => Content.WorkingGroups;

    public IReadOnlyList<Organisation> Organisations => Content.Organisations;

    public IReadOnlyList<OrganisationUnit> Units => Content.Units;

    public IReadOnlyList<Person> People => Content.People;

    public IReadOnlyList<Topic> Topics => Content.Topics;

    public IReadOnlyList<GovernanceInstance> Instances => Content.Instances;

    public CooperationAgreement Agreement => Content.Agreement;

    public IReadOnlyList<ContextFact> Context => Content.Context;

    public IReadOnlyList<Territory> Territories => Content.Territories;

    public IReadOnlyList<Subdivision> Subdivisions => Content.Subdivisions;

    public IReadOnlyList<Place> Places => Content.Places;

    public IReadOnlyList<StaffEntry> Staff => Content.Staff;

    public IReadOnlyList<ExampleAction> Examples => Content.Examples;

    public IReadOnlyList<Epci> Epcis => Content.Epcis;

    public IReadOnlyList<Commune> Communes => Content.Communes;

    public IReadOnlyList<FormerCommune> FormerCommunes => Content.FormerCommunes;

    public IReadOnlyList<HistoricalFact> History => Content.History;

    /// <summary>The places of the open-data files of <c>Knowledge:PlacesPath</c>, linked to this knowledge base.</summary>
    public OpenPlaces OpenData { get; } = OpenPlaces.Empty;

    /// <summary>Explicit links from open-data places to the roadmap's places and organisations (<c>open_data_links:</c>).</summary>
    public IReadOnlyList<OpenDataLink> OpenDataLinks => Content.OpenDataLinks ?? [];

    /// <summary>The words that ask for a place's phone, address, hours… (<c>place_details:</c>).</summary>
    public IReadOnlyList<PlaceDetailWords> PlaceDetails => Content.PlaceDetails ?? [];

    /// <summary>Words of places' names that say their kind (<c>place_kind_words:</c>).</summary>
    public IReadOnlyList<string> PlaceKindWords => Content.PlaceKindWords;

    /// <summary>How an open-data place shows its kind of structure (<c>open_place_kinds:</c>).</summary>
    public IReadOnlyList<OpenPlaceKind> OpenPlaceKinds => Content.OpenPlaceKinds;

    /// <summary>What inhabitants need help with, and which structures serve each need (needs.yaml).</summary>
    public IReadOnlyList<Need> Needs => Content.Needs;

    /// <summary>Figures of the document's running text, each about one entity (figures.yaml).</summary>
    public IReadOnlyList<Figure> Figures => Content.Figures;

    public IReadOnlyList<Figure> FiguresAbout(string id) => [.. Figures.Where(f => f.AboutId == id)];

    /// <summary>Every entity, by id.</summary>
    public IReadOnlyDictionary<string, IKnowledgeEntity> Entities => _byId;

    public IReadOnlyList<Person> Participants => [.. People.Where(p => p.IsParticipant)];

    public IReadOnlyList<Person> Signatories => [.. People.Where(p => p.IsSignatory)];

    /// <summary>How many entities of each kind, in a stable order (what <c>validate</c> prints).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts =>
    [
        new("axes", Axes.Count),
        new("actions", Actions.Count),
        new("working groups", WorkingGroups.Count),
        new("organisations", Organisations.Count),
        new("organisation units", Units.Count),
        new("participants", People.Count(p => p.IsParticipant)),
        new("signatories", People.Count(p => p.IsSignatory)),
        new("topics", Topics.Count),
        new("governance instances", Instances.Count),
        new("context facts", Context.Count),
        new("territories", Territories.Count),
        new("subdivisions", Subdivisions.Count),
        new("places", Places.Count),
        new("staff entries", Staff.Count),
        new("example actions", Examples.Count),
        new("EPCI", Epcis.Count),
        new("communes", Communes.Count),
        new("former communes", FormerCommunes.Count),
        new("document spellings", Communes.Sum(c => c.DocumentSpellings.Count) + FormerCommunes.Sum(c => c.DocumentSpellings.Count)),
        new("historical facts", History.Count),
        new("open-data places", OpenData.All.Count),
    ];

    public IKnowledgeEntity? Find(string id) => _byId.GetValueOrDefault(id);

    public T? Find<T>(string id)
        where T : class, IKnowledgeEntity => _byId.GetValueOrDefault(id) as T;

    /// <summary>The entity with that id; throws when there is none (use <see cref="Find{T}"/> for user input).</summary>
    public T Get<T>(string id)
        where T : class, IKnowledgeEntity =>
        Find<T>(id) ?? throw new KeyNotFoundException($"No {typeof(T).Name} with id '{id}' in the knowledge base.");

    /// <summary>Entities whose name or one of whose aliases is <paramref name="name"/>, ignoring case, accents and punctuation.</summary>
    public IReadOnlyList<IKnowledgeEntity> FindByName(string name) =>
        _byName.GetValueOrDefault(KnowledgeText.Normalize(name)) ?? [];

    /// <summary>Every normalised name and alias with the entities it designates (what an entity matcher indexes).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IKnowledgeEntity>> Names => _byName;

    /// <summary>The ids of the entities that refer to <paramref name="id"/> (a topic, an organisation, a commune…).</summary>
    public IReadOnlyList<string> ReferencesTo(string id) => _referencedBy.GetValueOrDefault(id) ?? [];

    /// <summary>The commune a commune or former commune id stands for today.</summary>
    public Commune? CommuneOf(string communeOrFormerCommuneId) => Find(communeOrFormerCommuneId) switch
    {
        Commune commune => commune,
        FormerCommune former => Find<Commune>(former.CommuneId),
        _ => null,
    };

    /// <summary>The territory fiche the commune belongs to today (null for a commune of an EPCI the roadmap does not cover).</summary>
    public Territory? TerritoryOf(string communeOrFormerCommuneId) =>
        CommuneOf(communeOrFormerCommuneId) is { } commune ? _territoryByEpci.GetValueOrDefault(commune.EpciId) : null;

    public Territory? TerritoryOfEpci(string epciId) => _territoryByEpci.GetValueOrDefault(epciId);

    public IReadOnlyList<Commune> CommunesOf(Territory territory) =>
        [.. Communes.Where(c => c.EpciId == territory.EpciId)];

    public IReadOnlyList<FormerCommune> FormerCommunesOf(string communeId) =>
        _formerCommunesByCommune.GetValueOrDefault(communeId) ?? [];

    /// <summary>
    /// The subdivisions that list this commune or former commune: directly, through the commune nouvelle it belongs
    /// to today, or (for a commune nouvelle) through one of its former communes. The geography is explicit about
    /// which: a former commune the document listed in another EPCI (Saint-Sigismond) is still found.
    /// </summary>
    public IReadOnlyList<Subdivision> SubdivisionsOf(string communeOrFormerCommuneId) =>
        _subdivisionsOf.GetOrAdd(communeOrFormerCommuneId, FindSubdivisionsOf); // asked on every question about a place

    private IReadOnlyList<Subdivision> FindSubdivisionsOf(string communeOrFormerCommuneId)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { communeOrFormerCommuneId };
        if (Find(communeOrFormerCommuneId) is FormerCommune former)
        {
            ids.Add(former.CommuneId);
        }
        else
        {
            ids.UnionWith(FormerCommunesOf(communeOrFormerCommuneId).Select(f => f.Id));
        }

        return [.. Subdivisions.Where(s => s.Communes.Any(c => ids.Contains(c.CommuneId)))];
    }

    public IReadOnlyList<Subdivision> SubdivisionsOf(Territory territory) =>
        [.. territory.SubdivisionIds.Select(Get<Subdivision>)];

    public IReadOnlyList<Place> PlacesOf(Territory territory) => [.. territory.PlaceIds.Select(Get<Place>)];

    public IReadOnlyList<StaffEntry> StaffOf(Territory territory) => [.. territory.StaffIds.Select(Get<StaffEntry>)];

    public IReadOnlyList<ExampleAction> ExamplesOf(Territory territory) => [.. territory.ExampleIds.Select(Get<ExampleAction>)];

    /// <summary>The places located in a commune, including in its former communes (or, for a former commune, in it).</summary>
    public IReadOnlyList<Place> PlacesIn(string communeOrFormerCommuneId)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { communeOrFormerCommuneId };
        if (Find(communeOrFormerCommuneId) is Commune)
        {
            ids.UnionWith(FormerCommunesOf(communeOrFormerCommuneId).Select(f => f.Id));
        }

        return [.. Places.Where(p => p.CommuneId is { } c && ids.Contains(c))];
    }

    public IReadOnlyList<Place> PlacesInSubdivision(string subdivisionId) =>
        [.. Places.Where(p => p.SubdivisionId == subdivisionId)];

    public IReadOnlyList<RoadmapAction> ActionsOf(string axisId) => [.. Actions.Where(a => a.AxisId == axisId)];

    public IReadOnlyList<WorkingGroup> WorkingGroupsOf(string axisId) => [.. WorkingGroups.Where(g => g.AxisId == axisId)];

    /// <summary>The actions an organisation or a unit carries (an organisation also carries what its units carry).</summary>
    public IReadOnlyList<RoadmapAction> ActionsLedBy(string organisationOrUnitId) =>
        [.. Actions.Where(a => a.Leads.Any(l => Leads(l, organisationOrUnitId)))];

    public IReadOnlyList<WorkingGroup> WorkingGroupsLedBy(string organisationOrUnitId) =>
        [.. WorkingGroups.Where(g => g.Leads.Any(l => Leads(l, organisationOrUnitId)))];

    /// <summary>The people of a structure: an organisation (with its units), a unit, a place or a commune.</summary>
    public IReadOnlyList<Person> PeopleOf(string structureOrUnitId) =>
        [.. People.Where(p => p.StructureId == structureOrUnitId || p.UnitId == structureOrUnitId)];

    public IReadOnlyList<OrganisationUnit> UnitsOf(Organisation organisation) =>
        [.. organisation.UnitIds.Select(Get<OrganisationUnit>)];

    public IReadOnlyList<HistoricalFact> HistoryOf(string id) => [.. History.Where(h => h.AboutId == id)];

    /// <summary>Everything tagged with a topic: actions, working groups, organisations, units, places, examples…</summary>
    public IReadOnlyList<IKnowledgeEntity> TaggedWith(string topicId) =>
        [.. ReferencesTo(topicId).Select(Find).OfType<IKnowledgeEntity>()];

    /// <summary>The same snapshot under another generation number (the provider numbers the snapshots it serves).</summary>
    internal KnowledgeBase WithGeneration(int generation) => new(this, generation);

    /// <summary>The same snapshot with the places of the open-data files.</summary>
    internal KnowledgeBase WithOpenData(OpenPlaces openData) => new(this, openData);

    private static bool Leads(Lead lead, string id) => lead.OrganisationId == id || lead.UnitId == id;
}
