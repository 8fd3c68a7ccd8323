using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    /// <summary>"Qui s'occupe du Vihierois ?": who carries the actions there, France Services, conseillers, actors, dynamics.</summary>
    public Answer Territory(Scope scope, IReadOnlyList<Topic>? topics = null)
    {
        var answer = New(QuestionKinds.Territory);
        if (scope.IsDepartment)
        {
            return Department(topics);
        }

        if (scope.Territory is null)
        {
            return NotCovered(scope);
        }

        answer.Title = TitleOf(scope);
        if (topics is { Count: > 0 })
        {
            TopicItemsInScope(answer, scope, topics);
        }

        if (scope.IsTerritory)
        {
            WholeTerritory(answer, scope.Territory);
        }
        else
        {
            PartOfTerritory(answer, scope);
            OpenPlacesInCommune(answer, scope);
        }

        if (topics is { Count: > 0 })
        {
            DepartmentActionsOn(answer, topics, scope);
        }

        FollowUpsFor(answer, scope);
        return answer.Build();
    }

    private string TitleOf(Scope scope)
    {
        var territory = scope.Territory!;
        if (scope.IsTerritory)
        {
            return territory.Name;
        }

        var head = scope.Former is { } former
            ? Names.Commune(Kb, former.Id)
            : scope.Commune?.Name;
        var subdivision = scope.Subdivision;
        if (head is null)
        {
            return subdivision is null ? territory.Name : $"{subdivision.Name} — {Labels.SubdivisionKind(subdivision.Kind)} {Labels.De(territory.Name)}";
        }

        if (subdivision is null)
        {
            return $"{head} — {territory.Name}";
        }

        if (string.Equals(subdivision.Name, head, StringComparison.OrdinalIgnoreCase))
        {
            return $"{head} ({Labels.SubdivisionKind(subdivision.Kind)} {Labels.De(territory.Name)})";
        }

        return $"{head} — {Labels.SubdivisionKind(subdivision.Kind)} {subdivision.Name} ({territory.Name})";
    }

    private void WholeTerritory(AnswerBuilder answer, Territory territory)
    {
        answer.Summary = territory.Summary;
        answer.Source(territory.Id);
        foreach (var actor in territory.Actors.Take(3))
        {
            answer.Fact($"{Labels.Capitalize(Names.Actor(Kb, actor.ActorId))} : {actor.Role}", territory.Id).Source(actor.ActorId);
        }

        var subdivisions = Kb.SubdivisionsOf(territory).Where(s => s.ParentId is null).ToList();
        if (subdivisions.Count > 0)
        {
            var kinds = subdivisions.Select(s => s.Kind).Distinct().ToList();
            var label = kinds.Count == 1 ? Labels.SubdivisionKindPlural(kinds[0]) : "bassins et polarités";
            answer.Fact($"{subdivisions.Count} {label} : {Labels.Enumerate(subdivisions.Select(s => s.Name))}", territory.Id);
        }

        var franceServices = Kb.PlacesOf(territory).Where(p => p.IsFranceServices).ToList();
        if (franceServices.Count > 0 || territory.FranceServicesCount is not null)
        {
            var count = territory.FranceServicesCount ?? franceServices.Count;
            var names = franceServices.Count > 0 ? $" : {Labels.Enumerate(franceServices.Select(p => p.Name))}" : "";
            answer.Fact($"{count} France Services {Labels.Dated}{names}", territory.Id);
            franceServices.ForEach(p => answer.Place(p));
        }

        var staff = Kb.StaffOf(territory).Where(s => s.IsActive).ToList();
        if (staff.Count > 0)
        {
            answer.Fact($"Conseillers et médiateurs numériques : {Labels.Capped(staff.Select(StaffShort), 6)}", staff[0].Id);
            staff.ForEach(s => answer.Source(s.Id));
        }

        answer.Fact(territory.Offer is { } offer ? $"Offre : {offer}" : null, territory.Id);
        answer.Fact(territory.Dynamics is { } dynamics ? $"Dynamique : {dynamics}" : null, territory.Id);
        if (territory.Diagnostic is { } diagnostic && !territory.Summary.Contains(diagnostic.Summary[..Math.Min(40, diagnostic.Summary.Length)], StringComparison.Ordinal))
        {
            var by = diagnostic.ById is { } id ? $" {Labels.De(Names.Of(Kb, id))}" : "";
            var when = diagnostic.Date is { } date ? $" ({date})" : "";
            answer.Fact($"Diagnostic{by}{when} : {diagnostic.Summary}", territory.Id);
        }

        answer.Fact(territory.IsPartial ? territory.PartialNote : null, territory.Id);
        foreach (var place in Kb.PlacesOf(territory).Where(p => !p.IsFranceServices))
        {
            answer.Place(place);
        }
    }

    private void PartOfTerritory(AnswerBuilder answer, Scope scope)
    {
        var territory = scope.Territory!;
        var (local, inSubdivision, _) = PlaceRings(scope);

        // What the commune itself does, and what is located there.
        if (scope.Commune is { } commune)
        {
            var communeIds = scope.CommuneIds(Kb);
            foreach (var (actor, where) in ActorsIn(territory).Where(a => communeIds.Contains(a.Actor.ActorId)))
            {
                answer.Fact($"{Labels.Capitalize(Names.Actor(Kb, actor.ActorId))} : {actor.Role}", where).Source(actor.ActorId);
            }

            var undescribed = local.Where(p => !answer.IsDescribed(p.Id)).ToList();
            if (undescribed.Count > 0)
            {
                answer.Fact($"À {commune.Name} : {Labels.Capped(undescribed.Select(p => Names.PlaceWithContext(Kb, p)), 6)}", undescribed[0].Id);
            }

            local.ForEach(p => answer.Place(p));

            if (scope.Former is { } former && Kb.HistoryOf(former.Id) is { Count: > 0 } history)
            {
                foreach (var fact in history)
                {
                    answer.Fact($"{fact.Text} ({fact.Date})", former.Id);
                }
            }
        }

        foreach (var subdivision in scope.Subdivisions.Take(2))
        {
            SubdivisionFacts(answer, subdivision);
        }

        if (scope.Commune is null && scope.Former is { } orphan)
        {
            foreach (var fact in Kb.HistoryOf(orphan.Id))
            {
                answer.Fact($"{fact.Text} ({fact.Date})", orphan.Id);
            }
        }

        foreach (var (staff, level) in StaffIn(scope))
        {
            if (staff.IsActive || level != "territory")
            {
                AddStaff(answer, staff, level == "territory" ? $"À l'échelle {Labels.De(territory.Name)} : " : null);
            }
        }

        foreach (var place in inSubdivision)
        {
            answer.Place(place);
        }

        var examples = Kb.ExamplesOf(territory).Where(e => InScope(e, scope)).Take(2);
        foreach (var example in examples)
        {
            answer.Fact($"Exemple : {example.Title} — {example.Description}", example.Id);
        }

        if (scope.Subdivisions.Count == 0 && scope.Commune is not null)
        {
            answer.Fact($"La feuille de route ne rattache {scope.Commune.Name} à aucun bassin ni polarité {Labels.De(territory.Name)}", territory.Id);
        }

        // The territory's own actors complete a local answer (Anjou Numérique's conseillers, the communauté…).
        foreach (var actor in territory.Actors.Where(a => !answer.HasSource(a.ActorId) || a.ActorId == territory.Id).Take(2))
        {
            // The territory acting on itself is said once: "À l'échelle de Loire Layon Aubance : coordonne…".
            var who = actor.ActorId == territory.Id ? "" : $"{Names.Actor(Kb, actor.ActorId)} — ";
            answer.Fact($"À l'échelle {Labels.De(territory.Name)} : {who}{actor.Role}", territory.Id).Source(actor.ActorId);
        }

        if (scope.Subdivision is { } main && (main.Note ?? territory.PartialNote) is { } note && answer.FactCount < 3)
        {
            answer.Fact(note, main.Id);
        }
    }

    private void SubdivisionFacts(AnswerBuilder answer, Subdivision subdivision)
    {
        answer.Source(subdivision.Id);
        if (subdivision.CarriedByIds.Count > 0)
        {
            answer.Fact($"Les actions y sont portées par {Labels.Enumerate(subdivision.CarriedByIds.Select(id => Names.Actor(Kb, id)))}", subdivision.Id);
            foreach (var id in subdivision.CarriedByIds)
            {
                answer.Source(id);
            }
        }

        foreach (var actor in subdivision.Actors.Where(a => !answer.IsDescribed(a.ActorId)).Take(5))
        {
            answer.Fact($"{Labels.Capitalize(Names.Actor(Kb, actor.ActorId))} : {actor.Role}", subdivision.Id).Source(actor.ActorId);
        }

        foreach (var child in Kb.Subdivisions.Where(s => s.ParentId == subdivision.Id))
        {
            answer.Fact($"{Labels.Capitalize(Labels.SubdivisionKind(child.Kind))} {child.Name} : {child.Offer ?? child.Description ?? child.Note}", child.Id);
        }

        var franceServices = PlacesInSubdivision(subdivision).Where(p => p.IsFranceServices).ToList();
        if (franceServices.Count > 0)
        {
            answer.Fact($"France Services : {Labels.Enumerate(franceServices.Select(p => PlaceLine(p, withDescription: false)))}", franceServices[0].Id);
            franceServices.ForEach(p => answer.Place(p));
        }

        answer.Fact(subdivision.Description, subdivision.Id);
        answer.Fact(subdivision.Offer is { } offer ? $"Offre : {offer}" : null, subdivision.Id);
        answer.Fact(subdivision.Structuration is { } structuration ? $"Structuration : {structuration}" : null, subdivision.Id);
        answer.Fact(subdivision.Dynamics is { } dynamics ? $"Dynamique : {dynamics}" : null, subdivision.Id);
        if (subdivision.ParentId is { } parentId && Kb.Find<Subdivision>(parentId) is { } parent)
        {
            answer.Fact($"Fait partie {Labels.OfKind(parent.Kind)} {parent.Name}", parent.Id);
        }
    }

    /// <summary>Every actor role of a territory fiche (territory and subdivisions) with the id it is written in.</summary>
    private IEnumerable<(ActorRole Actor, string Where)> ActorsIn(Territory territory) =>
        territory.Actors.Select(a => (a, territory.Id))
            .Concat(Kb.SubdivisionsOf(territory).SelectMany(s => s.Actors.Select(a => (a, s.Id))));

    private bool InScope(ExampleAction example, Scope scope)
    {
        var communes = scope.CommuneIds(Kb);
        var subdivisions = scope.Subdivisions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return example.CommuneIds.Any(communes.Contains) || example.SubdivisionIds.Any(subdivisions.Contains)
            || example.PlaceIds.Any(p => Kb.Find<Place>(p) is { } place && ((place.CommuneId is { } c && communes.Contains(c)) || (place.SubdivisionId is { } s && subdivisions.Contains(s))));
    }

    /// <summary>What in the scope is tagged with the topics the question asks about ("les seniors à Segré" → the CCAS de Segré).</summary>
    private void TopicItemsInScope(AnswerBuilder answer, Scope scope, IReadOnlyList<Topic> topics)
    {
        var topicIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var (local, inSubdivision, inTerritory) = PlaceRings(scope);
        var rings = scope.IsTerritory ? [inTerritory, local, inSubdivision] : new[] { local, inSubdivision };
        var topicName = Labels.Enumerate(topics.Select(t => t.Name.ToLowerInvariant()));
        foreach (var place in rings.SelectMany(r => r).Where(p => p.TopicIds.Any(topicIds.Contains)).Take(4))
        {
            answer.Fact(PlaceLine(place), place.Id);
            answer.Place(place);
            answer.Describe(place.Id);
        }

        var territory = scope.Territory!;
        var subdivisionIds = scope.IsTerritory ? Kb.SubdivisionsOf(territory).Select(s => s.Id).Append(territory.Id).ToHashSet(StringComparer.Ordinal)
            : scope.Subdivisions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (actor, where) in ActorsIn(territory).Where(a => subdivisionIds.Contains(a.Where)))
        {
            if (Kb.Find(actor.ActorId) is { } entity && TopicsOf(entity).Any(topicIds.Contains) && !answer.IsDescribed(actor.ActorId))
            {
                answer.Fact($"{Labels.Capitalize(Names.Actor(Kb, actor.ActorId))} : {actor.Role}", where).Source(actor.ActorId);
                answer.Describe(actor.ActorId);
            }
        }

        foreach (var example in Kb.ExamplesOf(territory).Where(e => e.TopicIds.Any(topicIds.Contains) && (scope.IsTerritory || InScope(e, scope))).Take(2))
        {
            answer.Fact($"Exemple ({topicName}) : {example.Title} — {example.Description}", example.Id);
        }

        foreach (var subdivision in scope.Subdivisions.Where(s => s.TopicIds.Any(topicIds.Contains) && s.Offer is not null))
        {
            answer.Fact($"Offre : {subdivision.Offer}", subdivision.Id);
        }
    }

    /// <summary>The department-wide actions on the topics, after a local answer.</summary>
    private void DepartmentActionsOn(AnswerBuilder answer, IReadOnlyList<Topic> topics, Scope scope)
    {
        var topicIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var actions = Kb.Actions.Where(a => a.TopicIds.Any(topicIds.Contains)).Take(3).ToList();
        if (actions.Count > 0)
        {
            answer.Fact(
                $"À l'échelle du département ({Labels.Enumerate(topics.Select(t => t.Name.ToLowerInvariant()))}) : "
                + string.Join(" ; ", actions.Select(a => $"action {a.Code} « {a.Title} », portée par {Names.LeadsOf(Kb, a)}")),
                actions[0].Id);
            actions.Skip(1).ToList().ForEach(a => answer.Source(a.Id));
        }

        _ = scope;
    }

    private static IEnumerable<string> TopicsOf(IKnowledgeEntity entity) => entity switch
    {
        Organisation o => o.TopicIds,
        OrganisationUnit u => u.TopicIds,
        Place p => p.TopicIds,
        RoadmapAction a => a.TopicIds,
        WorkingGroup g => g.TopicIds,
        Subdivision s => s.TopicIds,
        ExampleAction e => e.TopicIds,
        _ => [],
    };

    /// <summary>A place of Maine-et-Loire outside the nine territory fiches (Saint-Sigismond today), or an EPCI the roadmap does not cover.</summary>
    private Answer NotCovered(Scope scope)
    {
        var answer = New(QuestionKinds.Location);
        answer.Title = scope.Name;
        if (scope.Former is { } former)
        {
            answer.Fact(Names.Commune(Kb, former.Id), former.Id);
            foreach (var fact in Kb.HistoryOf(former.Id))
            {
                answer.Fact($"{fact.Text} ({fact.Date})", former.Id);
            }
        }

        if (scope.Epci is { } epci)
        {
            answer.Fact($"{epci.Name} ne fait pas partie des territoires décrits par la feuille de route de la Mednum49", epci.Id);
        }

        return answer.FactCount == 0 ? OutOfScope(scope.Name) : answer.Build();
    }
}
