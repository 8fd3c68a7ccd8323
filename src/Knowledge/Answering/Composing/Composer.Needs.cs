using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    private const int MaxNeedFacts = 6;

    /// <summary>
    /// "Je suis à Vihiers, où envoyer une dame de 80 ans pour ses démarches CAF ?": for each kind of structure that
    /// serves the need (needs.yaml), the nearest ones that the document names — in the commune, then its bassin or
    /// polarité, then the intercommunality — and plainly what the document does not say.
    /// </summary>
    public Answer Need(IReadOnlyList<Need> tasks, IReadOnlyList<Need> publics, Scope? scope)
    {
        var answer = New(QuestionKinds.Need);
        var main = tasks.Count > 0 ? tasks[0] : publics[0];
        var structures = tasks.SelectMany(t => t.Structures).Concat(publics.SelectMany(p => p.Structures)).Distinct(StringComparer.Ordinal).ToList();
        var publicNote = publics.Count > 0 && tasks.Count > 0 ? $" (public : {Labels.Enumerate(publics.Select(p => p.Name.ToLowerInvariant()))})" : "";
        if (scope?.Territory is null)
        {
            return NeedEverywhere(answer, main, structures, publicNote);
        }

        var territory = scope.Territory;
        answer.Title = $"{main.Name} — {scope.Name}";
        var fromOpenData = OpenPlacesForNeed(answer, tasks, publics, scope);
        var where = scope.IsTerritory ? $"dans {scope.Name}" : Labels.At(scope.Name);
        var lines = new List<(string Items, string SourceId, int Level, int Order)>();
        for (var order = 0; order < structures.Count; order++)
        {
            var structure = structures[order];
            if (structure == NeedStructures.Advisers)
            {
                var staff = StaffIn(scope).Where(s => s.Staff.IsActive).ToList();
                var level = staff.Select(s => s.Level).FirstOrDefault();
                foreach (var (entry, _) in staff.Where(s => s.Level == level).Take(2))
                {
                    lines.Add((Labels.Sentence(StaffLine(entry)).TrimEnd('.'), entry.Id, level switch { "local" => 0, "subdivision" => 1, _ => 2 }, order));
                    entry.PlaceIds.Select(Kb.Find<Place>).OfType<Place>().ToList().ForEach(p => answer.Place(p));
                }

                continue;
            }

            var (places, ring, ringLevel) = Nearest(scope, p => p.Closed is null && ServesStructure(p, structure));
            if (places.Count == 0 && structure == NeedStructures.FranceServices && territory.FranceServicesCount is > 0 and var announced)
            {
                // Loire Layon Aubance: the document counts its France Services without saying where they are.
                lines.Add(($"France Services ({territory.Name}) : la feuille de route en compte {announced} sans préciser leurs communes", territory.Id, 2, order));
                continue;
            }

            if (places.Count > 0)
            {
                var label = StructureLabel(structure, places.Count > 1);
                lines.Add(($"{Labels.Capitalize(label)} ({ring}) : {Labels.Capped(places.Select(NeedPlaceLine), 3)}", places[0].Id, ringLevel, order));
                places.Take(3).ToList().ForEach(p => answer.Place(p));
            }
        }

        lines = [.. lines.OrderBy(l => l.Level).ThenBy(l => l.Order)];
        if (lines.Count == 0)
        {
            answer.Summary = $"La feuille de route ne signale pas de structure {where} pour {main.For}.";
            foreach (var actor in territory.Actors.Take(2))
            {
                answer.Fact($"À l'échelle {Labels.De(territory.Name)} : {Names.Actor(Kb, actor.ActorId)} — {actor.Role}", territory.Id);
            }
        }
        else
        {
            // A subdivision asked (« Douessin ») is its own ring 1: what it holds is there, not "au plus près".
            var ownLevel = scope.Commune is null && scope.Subdivision is not null ? 1 : 0;
            var farther = lines[0].Level > ownLevel && !scope.IsTerritory ? $"la feuille de route ne signale rien {Labels.At(scope.Commune?.Name ?? scope.Name)} même ; au plus près : " : "";
            answer.Summary = Labels.Sentence($"{Labels.Capitalize(where)}, pour {main.For}{publicNote}, orientez d'abord vers : {farther}{lines[0].Items}");
            foreach (var (items, sourceId, _, _) in lines.Skip(1).Take(MaxNeedFacts - 2))
            {
                answer.Fact(items, sourceId);
            }

            answer.Source(lines[0].SourceId);
        }

        if (lines.Count < 3 && Kb.Actions.FirstOrDefault(a => a.TopicIds.Any(main.TopicIds.Contains)) is { } action)
        {
            answer.Fact($"À l'échelle du département : action {action.Code} « {action.Title} », portée par {Names.LeadsOf(Kb, action)}", action.Id);
        }

        answer.Fact(fromOpenData > 0
            ? "Adresses et téléphones : fichier des lieux de médiation numérique (données ouvertes) ; vérifiez les horaires avant d'y envoyer quelqu'un"
            : "La feuille de route ne donne ni adresse, ni horaires, ni téléphone de ces structures : vérifiez-les auprès d'elles avant d'y envoyer quelqu'un");
        answer.Source(scope.Subdivision?.Id ?? territory.Id);
        answer.FollowUp($"Qui s'occupe {Labels.De(scope.Name)} ?");
        answer.FollowUp($"Y a-t-il un conseiller numérique {(scope.IsTerritory ? $"dans {scope.Name}" : Labels.At(scope.Name))} ?");
        return answer.Build();
    }

    private Answer NeedEverywhere(AnswerBuilder answer, Need main, IReadOnlyList<string> structures, string publicNote)
    {
        answer.Title = $"{main.Name} — Maine-et-Loire";
        var labels = structures.Take(2).Select(s => StructureLabel(s, plural: false)).ToList();
        answer.Summary = $"Pour {main.For}{publicNote}, orientez vers {Labels.Enumerate(labels.Select(WithArticle)).Replace(" et ", " ou ", StringComparison.Ordinal)} ; dites-moi la commune pour trouver la structure la plus proche.";
        foreach (var structure in structures.Where(s => s != NeedStructures.Advisers).Take(2))
        {
            var places = Kb.Places.Where(p => p.Closed is null && ServesStructure(p, structure)).ToList();
            if (places.Count > 0)
            {
                var territories = places.Select(p => p.TerritoryId).Distinct(StringComparer.Ordinal).Count();
                answer.Fact($"{places.Count} {StructureLabel(structure, places.Count > 1)} {(places.Count > 1 ? "citées" : "citée")} dans les fiches de {territories} intercommunalités", places[0].TerritoryId);
            }
        }

        foreach (var action in Kb.Actions.Where(a => a.TopicIds.Any(main.TopicIds.Contains)).Take(2))
        {
            answer.Fact($"Action {action.Code} « {action.Title} » : portée par {Names.LeadsOf(Kb, action)}", action.Id);
        }

        answer.Fact("La feuille de route ne donne ni adresse, ni horaires, ni téléphone de ces structures");
        answer.FollowUp("Quelles France Services dans Anjou Bleu Communauté ?");
        return answer.Build();
    }

    /// <summary>The nearest place of a kind in a scope ("adresse France Services Candé" is about the France Services of Candé).</summary>
    public Place? NearestPlace(Scope scope, PlaceFilter filter) =>
        scope.Territory is null || filter == PlaceFilter.Advisers ? null : Nearest(scope, p => Matches(p, filter)).Places.FirstOrDefault();

    /// <summary>The nearest ring of a scope (commune, subdivision, territory) that holds matching places, with its name.</summary>
    private (List<Place> Places, string Ring, int Level) Nearest(Scope scope, Func<Place, bool> matches)
    {
        var (local, inSubdivision, inTerritory) = PlaceRings(scope);
        var territory = scope.Territory!;
        (List<Place>, string)[] rings = scope.IsTerritory
            ? [([.. inTerritory.Concat(local).Concat(inSubdivision)], territory.Name)]
            : [(local, scope.Commune?.Name ?? scope.Name), (inSubdivision, scope.Subdivision is { } s ? $"{Labels.SubdivisionKind(s.Kind)} {s.Name}" : scope.Name), (inTerritory, territory.Name)];
        for (var level = 0; level < rings.Length; level++)
        {
            var matching = rings[level].Item1.Where(matches).ToList();
            if (matching.Count > 0)
            {
                return (matching, rings[level].Item2, scope.IsTerritory ? 2 : level);
            }
        }

        return ([], "", 3);
    }

    /// <summary>A place in a list already labelled with its kind: its name, where, who runs it.</summary>
    private string NeedPlaceLine(Place place)
    {
        var commune = Names.CommuneOfPlace(Kb, place);
        var line = commune is not null && !place.Name.Contains(commune, StringComparison.Ordinal) ? $"{place.Name} ({commune})" : place.Name;
        return place.OperatorIds.Count > 0 ? $"{line}, portée par {Labels.Enumerate(place.OperatorIds.Select(o => Names.Actor(Kb, o)))}" : line;
    }

    private bool ServesStructure(Place place, string structure) => structure switch
    {
        NeedStructures.FranceServices => Matches(place, PlaceFilter.FranceServices),
        NeedStructures.SocialCentres => Matches(place, PlaceFilter.SocialCentres),
        NeedStructures.Libraries => Matches(place, PlaceFilter.Libraries),
        NeedStructures.Cybercentres => Matches(place, PlaceFilter.Cybercentres),
        NeedStructures.Fablabs => Matches(place, PlaceFilter.Fablabs),
        NeedStructures.SocialAction => Matches(place, PlaceFilter.SocialAction),
        NeedStructures.Associations => place.Kind == "association",
        NeedStructures.Youth => place.Kind == "espace-jeunes",
        _ => false,
    };

    private static string StructureLabel(string structure, bool plural) => structure switch
    {
        NeedStructures.FranceServices => "France Services",
        NeedStructures.Advisers => plural ? "conseillers numériques" : "conseiller numérique",
        NeedStructures.SocialCentres => plural ? "centres sociaux" : "centre social",
        NeedStructures.Libraries => plural ? "médiathèques" : "médiathèque",
        NeedStructures.Cybercentres => plural ? "cybercentres" : "cybercentre",
        NeedStructures.Fablabs => plural ? "fablabs" : "fablab",
        NeedStructures.SocialAction => "CCAS",
        NeedStructures.Associations => plural ? "associations" : "association",
        _ => plural ? "espaces jeunes" : "espace jeunes",
    };

    private static string WithArticle(string label) => label switch
    {
        "France Services" or "CCAS" => $"une {label}".Replace("une CCAS", "un CCAS", StringComparison.Ordinal),
        "médiathèque" or "association" => $"une {label}",
        _ => $"un {label}",
    };
}
