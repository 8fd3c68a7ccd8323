using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Writes the answers, one method per kind of question, from one engine state. Facts keep the knowledge base's names
/// and numbers exactly; the most relevant come first and long lists are capped.
/// </summary>
internal sealed partial class Composer(EngineState state, string question)
{
    private KnowledgeBase Kb => state.Kb;

    private AnswerBuilder New(string kind) => new(state, question, kind);

    /// <summary>Staff entries relevant to a scope, the closest first: in the commune, in the subdivision, then territory-wide.</summary>
    private List<(StaffEntry Staff, string Level)> StaffIn(Scope scope)
    {
        var result = new List<(StaffEntry, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(IEnumerable<StaffEntry> entries, string level)
        {
            foreach (var entry in entries.Where(e => seen.Add(e.Id)))
            {
                result.Add((entry, level));
            }
        }

        var territory = scope.Territory;
        var staff = territory is null ? [] : Kb.StaffOf(territory);
        var communes = scope.CommuneIds(Kb);
        if (communes.Count > 0)
        {
            var localPlaces = PlacesAtCommune(scope).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            Add(staff.Where(s => s.CommuneIds.Any(communes.Contains) || s.PlaceIds.Any(localPlaces.Contains)), "local");
        }

        foreach (var subdivision in scope.Subdivisions)
        {
            var ids = Scope.SubdivisionIds(Kb, subdivision);
            var places = PlacesInSubdivision(subdivision).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var subdivisionCommunes = Scope.CommunesOfSubdivision(Kb, subdivision);
            Add(staff.Where(s => s.SubdivisionIds.Any(ids.Contains) || s.PlaceIds.Any(places.Contains) || s.CommuneIds.Any(subdivisionCommunes.Contains)), "subdivision");
        }

        if (scope.IsTerritory)
        {
            Add(staff, "territory");
        }
        else
        {
            // Staff who serve the whole territory (no commune, place or subdivision given) also serve this part of it.
            // So do staff whose place the document does not locate (the médiateur of the Espace Baugéois).
            Add(staff.Where(s => s.SubdivisionIds.Count == 0 && s.CommuneIds.Count == 0
                && s.PlaceIds.All(p => Kb.Find<Place>(p) is { CommuneId: null, SubdivisionId: null })), "territory");
        }

        return result;
    }

    /// <summary>Places located in the scope's commune (a former commune counts for its commune nouvelle, as people mean it).</summary>
    private List<Place> PlacesAtCommune(Scope scope)
    {
        if (scope.Commune is { } commune)
        {
            return [.. Kb.PlacesIn(commune.Id)];
        }

        return scope.Former is { } former ? [.. Kb.PlacesIn(former.Id)] : [];
    }

    private List<Place> PlacesInSubdivision(Subdivision subdivision)
    {
        var ids = Scope.SubdivisionIds(Kb, subdivision);
        var communes = Scope.CommunesOfSubdivision(Kb, subdivision);
        return [.. Kb.Places.Where(p => (p.SubdivisionId is { } s && ids.Contains(s)) || (p.CommuneId is { } c && communes.Contains(c) && p.TerritoryId == subdivision.TerritoryId))];
    }

    /// <summary>Places of a scope in three rings: the commune, the subdivision, the territory.</summary>
    private (List<Place> Local, List<Place> Subdivision, List<Place> Territory) PlaceRings(Scope scope)
    {
        var local = PlacesAtCommune(scope);
        var subdivision = scope.Subdivisions.SelectMany(PlacesInSubdivision).Distinct().Except(local).ToList();
        var territory = scope.Territory is null ? [] : Kb.PlacesOf(scope.Territory).Except(local).Except(subdivision).ToList();
        if (scope.Place is { } named && !local.Contains(named) && !subdivision.Contains(named))
        {
            subdivision.Insert(0, named);
            territory.Remove(named);
        }

        return (local, subdivision, territory);
    }

    private string StaffLine(StaffEntry staff)
    {
        string text;
        if (staff.Description is { Length: > 0 } description)
        {
            text = description;
        }
        else
        {
            var count = staff.Count is { } n ? $"{n} " : "";
            var details = new List<string>();
            if (staff.EmployerId is { } employer)
            {
                details.Add(Names.Actor(Kb, employer));
            }
            else if (staff.PlaceIds.Count > 0)
            {
                details.Add(Labels.Enumerate(staff.PlaceIds.Select(p => Names.Of(Kb, p))));
            }

            if (staff.Area is { Length: > 0 } area)
            {
                details.Add(area);
            }

            if (staff.Since is { Length: > 0 } since)
            {
                details.Add(since.StartsWith("depuis", StringComparison.Ordinal) ? since : $"depuis {since}");
            }

            text = Labels.Capitalize($"{count}{staff.RoleAsWritten}") + (details.Count > 0 ? $" ({string.Join(", ", details)})" : "");
        }

        if (!staff.IsActive)
        {
            var period = staff.Period is { Length: > 0 } p ? $"{p}, " : "";
            text = $"{Labels.Sentence(text).TrimEnd('.')} — poste terminé ({period}{staff.StatusNote?.TrimEnd('.') ?? "d'après la feuille de route"})";
        }

        return text;
    }

    /// <summary>"1 conseiller numérique (Centre social du Douessin)": a staff entry in a few words, for a list.</summary>
    private string StaffShort(StaffEntry staff)
    {
        var count = staff.Count is { } n ? $"{n} " : "";
        var who = staff.EmployerId is { } employer ? Names.Actor(Kb, employer)
            : staff.PlaceIds.Count > 0 ? Labels.Enumerate(staff.PlaceIds.Select(p => Names.Of(Kb, p)))
            : staff.Area;
        var ended = staff.IsActive ? "" : ", poste terminé";
        return $"{count}{staff.RoleAsWritten}{(who is null ? "" : $" ({who}{ended})")}";
    }

    private void AddStaff(AnswerBuilder answer, StaffEntry staff, string? prefix = null)
    {
        answer.Fact(prefix is null ? StaffLine(staff) : $"{prefix}{StaffLine(staff)}", staff.Id);
        if (staff.EmployerId is { } employer)
        {
            answer.Source(employer);
        }
    }

    /// <summary>"France Services de Candé (Candé) — portée par …".</summary>
    private string PlaceLine(Place place, bool withDescription = true)
    {
        var line = Names.PlaceWithContext(Kb, place);
        if (place.OperatorIds.Count > 0)
        {
            line += $", portée par {Labels.Enumerate(place.OperatorIds.Select(o => Names.Actor(Kb, o)))}";
        }
        else if (place.OperatorAsWritten is { Length: > 0 } written)
        {
            line += $", animée par {written}";
        }

        if (place.Itinerant)
        {
            line += ", itinérante" + (place.Area is { } area ? $" sur {area}" : "");
        }

        if (place.Since is { Length: > 0 } since)
        {
            line += $", depuis {since}";
        }

        if (place.Closed is { Length: > 0 } closed)
        {
            line += $", fermé en {closed}";
        }

        return withDescription && place.Description.Length > 0 ? $"{line} : {Labels.Sentence(place.Description)}" : line;
    }

    private void FollowUpsFor(AnswerBuilder answer, Scope scope)
    {
        if (scope.Territory is not { } territory)
        {
            return;
        }

        if (scope.Commune is { } commune)
        {
            answer.FollowUp($"Y a-t-il une France Services {Labels.At(commune.Name)} ?");
            answer.FollowUp($"Y a-t-il un conseiller numérique {Labels.At(commune.Name)} ?");
            answer.FollowUp($"Dans quel bassin est {scope.Former?.Name ?? commune.Name} ?");
            return;
        }

        answer.FollowUp($"Quelles France Services dans {territory.Name} ?");
        answer.FollowUp($"Quels conseillers numériques dans {territory.Name} ?");
        answer.FollowUp($"Combien d'habitants dans {territory.Name} ?");
    }
}
