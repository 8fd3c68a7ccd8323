using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    /// <summary>
    /// "Y a-t-il un espace jeunes à Segré ?", "quelles associations à Cholet ?": a kind of structure the data knows
    /// (<see cref="PlaceKinds.All"/>) asked for a place; the nearest ring that has some, else where in the département.
    /// </summary>
    public Answer PlacesOfKind(Scope scope, string kind)
    {
        var answer = New(QuestionKinds.Places);
        var label = Labels.PlaceKind(kind);
        var ofLabel = "aeiouéèh".Contains(char.ToLowerInvariant(label[0]), StringComparison.Ordinal) ? $"d'{label}" : $"de {label}";
        answer.Title = $"{Labels.Capitalize(label)} — {scope.Name}";
        var at = scope.IsTerritory ? $"dans {scope.Name}" : Labels.At(scope.Name);
        bool Matches(Place p) => p.Kind == kind && p.Closed is null;
        var rings = new List<(List<Place> Places, string Where)>();
        if (!scope.IsDepartment && scope.Territory is { } territory)
        {
            var (local, inSubdivision, inTerritory) = PlaceRings(scope);
            rings.AddRange(scope.IsTerritory
                ? [(inTerritory.Concat(local).Concat(inSubdivision).ToList(), territory.Name)]
                : [(local, scope.Commune?.Name ?? scope.Name), (inSubdivision, scope.Subdivision?.Name ?? scope.Name), (inTerritory, territory.Name)]);
        }

        var found = rings.Select(r => (Places: r.Places.Where(Matches).ToList(), r.Where)).FirstOrDefault(r => r.Places.Count > 0);
        if (found.Places is { Count: > 0 } near)
        {
            if (found.Where != rings[0].Where)
            {
                answer.Summary = $"La feuille de route ne signale pas {ofLabel} {at} ; à proximité ({found.Where}) :";
            }

            foreach (var place in near)
            {
                answer.Fact(PlaceLine(place), place.Id);
                answer.Place(place);
            }

            return answer.Build();
        }

        var elsewhere = Kb.Places.Where(Matches).ToList();
        answer.Summary = scope.IsDepartment
            ? null
            : $"La feuille de route ne signale pas {ofLabel} {at}{(scope.Territory is { } t && !scope.IsTerritory ? $" ni ailleurs dans {t.Name}" : "")}.";
        foreach (var place in elsewhere.Take(AnswerBuilder.MaxPlaces))
        {
            answer.Fact($"{(scope.IsDepartment ? "" : "Ailleurs dans le département : ")}{PlaceLine(place)}", place.Id);
            answer.Place(place);
        }

        if (scope.Territory is { } fiche)
        {
            answer.FollowUp($"Qui s'occupe {Labels.De(scope.Name)} ?");
            answer.Source(fiche.Id);
        }

        return answer.Build(found: elsewhere.Count > 0 || !scope.IsDepartment);
    }
}
