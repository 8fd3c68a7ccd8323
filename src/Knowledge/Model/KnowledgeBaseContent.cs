using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Model;

/// <summary>The entities of a knowledge base, as the loader read them (validated before a <see cref="KnowledgeBase"/> is built).</summary>
internal sealed record KnowledgeBaseContent(
    SourceDocument Document,
    IReadOnlyList<Axis> Axes,
    IReadOnlyList<RoadmapAction> Actions,
    IReadOnlyList<WorkingGroup> WorkingGroups,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<OrganisationUnit> Units,
    IReadOnlyList<Person> People,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<GovernanceInstance> Instances,
    CooperationAgreement Agreement,
    IReadOnlyList<ContextFact> Context,
    IReadOnlyList<Territory> Territories,
    IReadOnlyList<Subdivision> Subdivisions,
    IReadOnlyList<Place> Places,
    IReadOnlyList<StaffEntry> Staff,
    IReadOnlyList<ExampleAction> Examples,
    IReadOnlyList<Epci> Epcis,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<FormerCommune> FormerCommunes,
    IReadOnlyList<HistoricalFact> History,
    IReadOnlyList<OpenDataLink>? OpenDataLinks = null,
    IReadOnlyList<PlaceDetailWords>? PlaceDetails = null)
{
    /// <summary>The needs vocabulary (needs.yaml): not facts of the document, so not entities.</summary>
    public IReadOnlyList<Need> Needs { get; init; } = [];

    /// <summary>Figures of the document's running text, made answerable (figures.yaml).</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>Words of places' names that say their kind (« médiathèque », « fablab »): place-details.yaml, <c>place_kind_words:</c>.</summary>
    public IReadOnlyList<string> PlaceKindWords { get; init; } = [];

    /// <summary>How an open-data place shows its kind of structure: place-details.yaml, <c>open_place_kinds:</c>.</summary>
    public IReadOnlyList<OpenPlaceKind> OpenPlaceKinds { get; init; } = [];

    public IEnumerable<IKnowledgeEntity> AllEntities() =>
        Axes.Cast<IKnowledgeEntity>()
            .Concat(Actions).Concat(WorkingGroups).Concat(Organisations).Concat(Units).Concat(People).Concat(Topics)
            .Concat(Instances).Append(Agreement).Concat(Context).Concat(Territories).Concat(Subdivisions).Concat(Places)
            .Concat(Staff).Concat(Examples).Concat(Epcis).Concat(Communes).Concat(FormerCommunes);
}
