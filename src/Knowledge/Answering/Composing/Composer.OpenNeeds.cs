using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Places;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>« Où se faire aider pour &lt;besoin&gt; à &lt;commune&gt; ? » from the open-data places files.</summary>
internal sealed partial class Composer
{
    private const int MaxOpenPlacesForNeed = 4;

    /// <summary>
    /// Adds the places of the open-data files that offer the need's services (the standard's values of needs.yaml) and
    /// welcome its public, nearest first: in the commune, then its subdivision, then its EPCI; within a ring, the closest
    /// to the commune's other places when coordinates are known. Returns how many were added.
    /// </summary>
    private int OpenPlacesForNeed(AnswerBuilder answer, IReadOnlyList<Need> tasks, IReadOnlyList<Need> publics, Scope scope)
    {
        var open = Kb.OpenData;
        if (open.All.Count == 0)
        {
            return 0;
        }

        var services = tasks.SelectMany(t => t.Services.Concat(t.ServicesV1)).ToHashSet(StringComparer.Ordinal);
        bool Serves(OpenPlace p) =>
            (services.Count == 0 || p.Services.Any(services.Contains)) && (publics.Count == 0 || Welcomes(p, publics));

        var communeIds = scope.CommuneIds(Kb);
        var rings = new List<(IEnumerable<OpenPlace> Places, string Where)>();
        if (communeIds.Count > 0 && !scope.IsTerritory)
        {
            rings.Add((communeIds.SelectMany(open.InCommune), Labels.At(scope.Former?.Name ?? scope.Commune?.Name ?? scope.Name)));
        }

        foreach (var subdivision in scope.Subdivisions)
        {
            rings.Add((open.InSubdivision(subdivision.Id), $"dans {Labels.TheKind(subdivision.Kind)} {subdivision.Name}"));
        }

        if ((scope.Territory?.EpciId ?? scope.Epci?.Id) is { } epci)
        {
            rings.Add((open.InEpci(epci), $"dans {Kb.Find(epci)?.Name ?? scope.Territory?.Name}"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = 0;
        var origin = Origin(communeIds.SelectMany(open.InCommune));
        foreach (var (places, where) in rings)
        {
            var matching = places.Where(p => seen.Add(p.Id) && Serves(p))
                .OrderBy(p => origin is { } o && p.HasCoordinates ? Distance(o, (p.Latitude!.Value, p.Longitude!.Value)) : double.MaxValue)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .Take(MaxOpenPlacesForNeed - added)
                .ToList();
            if (matching.Count == 0)
            {
                continue;
            }

            answer.Fact($"Lieux de médiation numérique {where} qui le proposent : {string.Join(" ; ", matching.Select(OpenNeedLine))}");
            AddOpenPlaces(answer, matching);

            added += matching.Count;
            if (added >= MaxOpenPlacesForNeed)
            {
                break;
            }
        }

        return added;
    }

    /// <summary>
    /// « Qui s'occupe de Tiercé ? » with open-data files loaded: the places of the commune that the roadmap does not
    /// name (a place linked to one of its places or organisations is already in the answer), with their contacts.
    /// </summary>
    private void OpenPlacesInCommune(AnswerBuilder answer, Scope scope)
    {
        var open = Kb.OpenData;
        if (open.All.Count == 0 || scope.Commune is null)
        {
            return;
        }

        var places = OpenPlacesIn(scope.CommuneIds(Kb), p => p.Links.EntityId is null).Take(MaxOpenPlacesForNeed).ToList();
        if (places.Count == 0)
        {
            return;
        }

        var where = Labels.At(scope.Former?.Name ?? scope.Commune.Name);
        answer.Fact($"Lieux de médiation numérique {where} (données ouvertes) : {string.Join(" ; ", places.Select(OpenNeedLine))}");
        AddOpenPlaces(answer, places);
    }

    /// <summary>The open-data places of these communes that <paramref name="keep"/> accepts, each once, by name.</summary>
    private List<OpenPlace> OpenPlacesIn(IEnumerable<string> communeIds, Func<OpenPlace, bool> keep) =>
        [.. communeIds.SelectMany(Kb.OpenData.InCommune).Where(keep).DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>The places, with their commune and contact details, for the cards and the text channels.</summary>
    private void AddOpenPlaces(AnswerBuilder answer, IEnumerable<OpenPlace> places)
    {
        foreach (var place in places)
        {
            answer.OpenPlace(place, OpenPlaceCommune(place), Contact(place));
        }
    }

    /// <summary>« France Services de Candé (Candé) — 1 rue …, 01 99 00 00 01 ».</summary>
    private string OpenNeedLine(OpenPlace place)
    {
        var commune = OpenPlaceCommune(place);
        var name = commune is null || NameHolds(place.Name, commune) ? place.Name : $"{place.Name} ({commune})";
        var details = new[] { place.FullAddress, place.Phone is { } phone ? FrenchPhone.Display(phone) : null, place.Emails.FirstOrDefault() }.OfType<string>().ToList();
        return details.Count == 0 ? name : $"{name} — {string.Join(", ", details)}";
    }

    /// <summary>A place that names no particular public welcomes everyone; else one of its publics is the asked one.</summary>
    private static bool Welcomes(OpenPlace place, IReadOnlyList<Need> publics) =>
        place.Publics.Count == 0
        || place.Publics.Any(p => publics.Any(n => TextNormalizer.Fold(p).Split(' ').Any(w => n.Words.Any(x => TextNormalizer.Fold(x) == w))));

    /// <summary>The middle of the commune's own places, to sort the others by distance; null without coordinates.</summary>
    private static (double Lat, double Lon)? Origin(IEnumerable<OpenPlace> local)
    {
        var located = local.Where(p => p.HasCoordinates).ToList();
        return located.Count == 0 ? null : (located.Average(p => p.Latitude!.Value), located.Average(p => p.Longitude!.Value));
    }

    /// <summary>Great-circle distance in kilometres.</summary>
    private static double Distance((double Lat, double Lon) a, (double Lat, double Lon) b)
    {
        const double radius = 6371;
        var dLat = double.DegreesToRadians(b.Lat - a.Lat);
        var dLon = double.DegreesToRadians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(double.DegreesToRadians(a.Lat)) * Math.Cos(double.DegreesToRadians(b.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * radius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
