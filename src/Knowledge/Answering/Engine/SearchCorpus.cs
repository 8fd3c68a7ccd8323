using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Search;

namespace Mednum49.Knowledge.Answering;

/// <summary>What the full-text fallback indexes: one document per entity that can answer a question, with its text.</summary>
internal static class SearchCorpus
{
    /// <summary>Verbs and nouns people use for the same thing; the topics' synonyms come from the knowledge base.</summary>
    private static readonly string[][] EngineSynonyms =
    [
        ["coordonne", "coordonner", "coordination", "coordinateur", "coordonnent"],
        ["finance", "financer", "financent", "financeur", "financeurs", "financement"],
        ["forme", "former", "forment", "formation"],
        ["recense", "recenser", "recensement", "cartographie"],
        ["equipe", "equiper", "équipement", "matériel"],
        ["recycle", "recycler", "recyclage", "reconditionnement"],
    ];

    public static SynonymGroups Synonyms(KnowledgeBase kb) =>
        new(kb.Topics.Select(t => (IEnumerable<string>)[t.Name, .. t.Synonyms]).Concat(EngineSynonyms));

    public static IEnumerable<SearchDocument> Documents(KnowledgeBase kb)
    {
        string Name(string id) => kb.Find(id)?.Name ?? "";
        string Topics(IEnumerable<string> ids) => string.Join(". ", ids.Select(Name));

        foreach (var action in kb.Actions)
        {
            yield return new SearchDocument(
                action.Id, KnowledgeIds.Action, action.Title,
                Join(action.Summary, action.Theme, action.LeadAsWritten, string.Join(", ", action.Leads.Select(l => Name(l.UnitId ?? l.OrganisationId))), Topics(action.TopicIds)),
                [action.Code, .. action.Aliases], 1.2f);
        }

        foreach (var group in kb.WorkingGroups)
        {
            yield return new SearchDocument(
                group.Id, KnowledgeIds.Group, group.Title,
                Join("groupe de travail", group.Summary, group.Theme, group.LeadAsWritten, Topics(group.TopicIds), Topics(group.TerritoryIds)),
                group.Aliases, 1.1f);
        }

        foreach (var axis in kb.Axes)
        {
            yield return new SearchDocument(axis.Id, KnowledgeIds.Axis, axis.Title, Join(axis.Summary, string.Join(", ", axis.Themes)), [$"axe {axis.Code}", .. axis.Aliases]);
        }

        foreach (var organisation in kb.Organisations)
        {
            yield return new SearchDocument(
                organisation.Id, KnowledgeIds.Organisation, organisation.Name,
                Join(organisation.Description, string.Join(" ", organisation.Commitments), Topics(organisation.TopicIds)),
                [.. organisation.Aliases, .. organisation.FullName is { } full ? [full] : Array.Empty<string>()]);
        }

        foreach (var unit in kb.Units)
        {
            yield return new SearchDocument(unit.Id, KnowledgeIds.Unit, unit.Name, Join(unit.Description, Name(unit.OrganisationId), Topics(unit.TopicIds)), unit.Aliases);
        }

        foreach (var territory in kb.Territories)
        {
            yield return new SearchDocument(
                territory.Id, KnowledgeIds.Territory, territory.Name,
                Join(territory.Summary, territory.Offer, territory.Dynamics, territory.Diagnostic?.Summary, string.Join(" ", territory.Diagnostic?.Findings ?? []),
                    string.Join(" ", territory.Actors.Select(a => a.Role))),
                territory.Aliases, 0.9f);
        }

        foreach (var subdivision in kb.Subdivisions)
        {
            yield return new SearchDocument(
                subdivision.Id, KnowledgeIds.Subdivision, subdivision.Name,
                Join(subdivision.Description, subdivision.Note, subdivision.Offer, subdivision.Dynamics, subdivision.Structuration,
                    string.Join(" ", subdivision.Actors.Select(a => $"{Name(a.ActorId)} : {a.Role}")), Name(subdivision.TerritoryId), Topics(subdivision.TopicIds)),
                subdivision.Aliases);
        }

        foreach (var place in kb.Places)
        {
            yield return new SearchDocument(
                place.Id, KnowledgeIds.Place, place.Name,
                Join(place.Description, Labels.PlaceKind(place.Kind), place.CommuneId is { } c ? Name(c) : null, Name(place.TerritoryId), Topics(place.TopicIds)),
                place.Aliases);
        }

        foreach (var example in kb.Examples)
        {
            yield return new SearchDocument(example.Id, KnowledgeIds.Example, example.Title, Join(example.Description, Topics(example.TopicIds)), Boost: 0.8f);
        }

        foreach (var instance in kb.Instances)
        {
            yield return new SearchDocument(instance.Id, KnowledgeIds.Instance, instance.Name, Join(instance.Frequency, instance.Composition, instance.Role), instance.Aliases);
        }

        var agreement = kb.Agreement;
        yield return new SearchDocument(
            agreement.Id, KnowledgeIds.Agreement, agreement.Name,
            Join(agreement.Summary, string.Join(" ", agreement.Objectives), string.Join(" ", agreement.Principles), agreement.Duration, agreement.Renewal, agreement.Withdrawal, agreement.Joining),
            agreement.Aliases);

        foreach (var fact in kb.Context)
        {
            yield return new SearchDocument(fact.Id, KnowledgeIds.Fact, fact.Title, Join(fact.Text, string.Join(" ", fact.Items), string.Join(", ", fact.Figures)), fact.Aliases);
        }

        foreach (var topic in kb.Topics)
        {
            yield return new SearchDocument(topic.Id, KnowledgeIds.Topic, topic.Name, "", topic.Synonyms, 0.7f);
        }
    }

    private static string Join(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
