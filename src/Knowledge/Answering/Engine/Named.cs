using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The entities a question names, by kind, once each mention is resolved: weak names dropped when a strong one shares
/// the words (a topic synonym next to an organisation's name), related entities merged (a commune and its bassin form
/// one <see cref="Scope"/>), and a mention that still designates unrelated things kept aside as ambiguous.
/// </summary>
internal sealed class Named
{
    public List<Person> Persons { get; } = [];

    public List<GovernanceInstance> Instances { get; } = [];

    public bool Agreement { get; private set; }

    public List<RoadmapAction> Actions { get; } = [];

    public List<WorkingGroup> Groups { get; } = [];

    public List<Axis> Axes { get; } = [];

    /// <summary>Organisations and their units.</summary>
    public List<IKnowledgeEntity> Organisations { get; } = [];

    public List<Place> Places { get; } = [];

    public List<(Scope Scope, Mention Mention)> Scopes { get; } = [];

    public List<Topic> Topics { get; } = [];

    /// <summary>Topics named only with everyday words ("accompagnement numérique", "médiation"): dropped when a more specific topic is named too.</summary>
    private List<Topic> GenericTopics { get; } = [];

    public List<ContextFact> Facts { get; } = [];

    /// <summary>Examples of the fiches named by one of their own aliases ("conseil local du numérique"), never by title words.</summary>
    public List<ExampleAction> Examples { get; } = [];

    /// <summary>A department or region outside Maine-et-Loire named on its own ("en Loire-Atlantique"), as typed.</summary>
    public string? Outside { get; private set; }

    /// <summary>The first mention that designates several unrelated entities, with all of them.</summary>
    public (Mention Mention, IReadOnlyList<IKnowledgeEntity> Candidates)? Ambiguous { get; private set; }

    public int Count => Persons.Count + Instances.Count + (Agreement ? 1 : 0) + Actions.Count + Groups.Count + Axes.Count + Organisations.Count
        + Places.Count + Scopes.Count + Topics.Count + Facts.Count + Examples.Count;

    public bool IsEmpty => Count == 0 && Ambiguous is null;

    /// <summary>Something precise besides topics and context: then an ambiguous side mention does not stop the answer.</summary>
    public bool HasPrecise => Instances.Count + (Agreement ? 1 : 0) + Actions.Count + Groups.Count + Axes.Count + Organisations.Count + Places.Count
        + Scopes.Count + Persons.Count + Examples.Count > 0;

    /// <summary>What <paramref name="q"/> names; read once per question (the router, the follow-ups and the context all ask).</summary>
    public static Named From(EngineState state, ReadQuestion q) => q.Named ??= Resolve(state, q);

    private static Named Resolve(EngineState state, ReadQuestion q)
    {
        var named = new Named();
        foreach (var mention in q.Mentions)
        {
            // A context fact's title only counts when typed whole ("France Numérique Ensemble"), not its first words.
            if (mention.Entities.All(e => e.Id == ScopeEntity.OutsideId))
            {
                named.Outside ??= mention.Text;
                continue;
            }

            var entities = mention.Entities.Where(e => e.Id is not ScopeEntity.RiverId and not ScopeEntity.OutsideId && !(e is ContextFact && mention.Exactness == Understanding.MatchExactness.Partial)).ToList();
            if (entities.Count == 0)
            {
                continue;
            }

            var best = entities.Min(Rank);
            entities.RemoveAll(e => Rank(e) != best);
            var components = Relations.Components(state.Kb, entities);
            if (components.Count > 1)
            {
                components = Disambiguate(components, mention, q);
            }

            if (components.Count > 1)
            {
                named.Ambiguous ??= (mention, [.. components.SelectMany(c => c)]);
                continue;
            }

            named.Add(state, components[0], mention);
        }

        if (named.Topics.Count > named.GenericTopics.Count)
        {
            named.Topics.RemoveAll(named.GenericTopics.Contains);
        }

        return named;
    }

    /// <summary>1: anything precise; 2: a topic; 3: a context fact.</summary>
    private static int Rank(IKnowledgeEntity entity) => entity switch
    {
        Topic => 2,
        ContextFact => 3,
        _ => 1,
    };

    private static bool IsGeographic(IKnowledgeEntity entity) =>
        entity is Territory or Subdivision or Commune or FormerCommune or Epci || entity.Id == ScopeEntity.DepartmentId;

    private static List<List<IKnowledgeEntity>> Disambiguate(List<List<IKnowledgeEntity>> components, Mention mention, ReadQuestion q)
    {
        var preferences = new List<Func<IKnowledgeEntity, bool>>();
        if (q.CueBefore(mention, Cue.Subdivision))
        {
            preferences.Add(e => e is Subdivision);
        }

        if (q.CueBefore(mention, Cue.Communes))
        {
            preferences.Add(e => e is Commune or FormerCommune);
        }

        if (q.CueBefore(mention, Cue.Epci))
        {
            preferences.Add(e => e is Territory or Epci);
        }

        if (q.HasAny(Cue.Contact, Cue.WhoIs, Cue.Head, Cue.ContactDetails))
        {
            preferences.Add(e => e is Person);
        }

        if (q.Has(Cue.Actions))
        {
            preferences.Add(e => e is RoadmapAction);
        }

        if (q.Has(Cue.Groups))
        {
            preferences.Add(e => e is WorkingGroup);
        }

        foreach (var preference in preferences)
        {
            var preferred = components.Where(c => c.Any(preference)).ToList();
            if (preferred.Count > 0 && preferred.Count < components.Count)
            {
                components = preferred;
            }
        }

        // A last name alone does not compete with a place or a structure unless people are asked about.
        var withoutPeople = components.Where(c => !c.All(e => e is Person)).ToList();
        if (withoutPeople.Count > 0 && withoutPeople.Count < components.Count && !q.HasAny(Cue.Contact, Cue.WhoIs))
        {
            components = withoutPeople;
        }

        return components;
    }

    private void Add(EngineState state, List<IKnowledgeEntity> component, Mention mention)
    {
        if (component.Any(IsGeographic))
        {
            if (Scope.Of(state.Kb, component) is { } scope && Scopes.All(s => s.Scope.Primary.Id != scope.Primary.Id))
            {
                Scopes.Add((scope, mention));
            }

            return;
        }

        foreach (var entity in component)
        {
            switch (entity)
            {
                case Person person:
                    Persons.Add(person);
                    break;
                case GovernanceInstance instance:
                    Instances.Add(instance);
                    break;
                case CooperationAgreement:
                    Agreement = true;
                    break;
                case RoadmapAction action when !Actions.Contains(action):
                    Actions.Add(action);
                    break;
                case WorkingGroup group when !Groups.Contains(group):
                    Groups.Add(group);
                    break;
                case Axis axis when !Axes.Contains(axis):
                    Axes.Add(axis);
                    break;
                case Organisation or OrganisationUnit when !Organisations.Contains(entity):
                    Organisations.Add(entity);
                    break;
                case Place place when !Places.Contains(place):
                    Places.Add(place);
                    break;
                case Topic topic when !Topics.Contains(topic):
                    Topics.Add(topic);
                    if (mention.Text.Split([' ', '\'', '-', '’'], StringSplitOptions.RemoveEmptyEntries)
                        .Select(w => Understanding.TextNormalizer.Fold(w))
                        .All(w => Understanding.FrenchWords.CommonWords.Contains(w) || Understanding.FrenchWords.StopWords.Contains(w)))
                    {
                        GenericTopics.Add(topic);
                    }

                    break;
                case ContextFact fact when !Facts.Contains(fact):
                    Facts.Add(fact);
                    break;
                case ExampleAction example when !Examples.Contains(example):
                    Examples.Add(example);
                    break;
            }
        }

        // A unit and its organisation named together ("Département - BiblioPôle"): the unit is what was meant.
        if (Organisations.OfType<OrganisationUnit>().Select(u => u.OrganisationId).ToList() is { Count: > 0 } parents)
        {
            Organisations.RemoveAll(o => o is Organisation && parents.Contains(o.Id) && Organisations.Count > 1);
        }
    }
}
