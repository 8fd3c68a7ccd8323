using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// Places each open-data place in the knowledge base's geography — its commune by INSEE code (a former commune's code
/// leads to its commune nouvelle, and a former commune's name to that former commune), else by name and postal code —
/// then its subdivisions, EPCI and territory fiche; and links it to the roadmap's place or organisation it is: an
/// explicit <see cref="OpenDataLink"/>, else a place of the same commune with a close name (or both France Services),
/// else an organisation of the same name.
/// </summary>
/// <remarks>
/// A file holds thousands of places over a few hundred communes: what depends only on the commune (where it is, its
/// subdivisions, the roadmap places there and the words of their names) is worked out once per commune, and
/// organisations are found by their compact name in a dictionary, so linking costs about the same for every place
/// instead of growing with the size of the roadmap.
/// </remarks>
internal sealed class PlaceLinker
{
    /// <summary>Words every place name may hold: they say nothing about which place it is.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "maison", "espace", "point", "lieu", "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en" };

    private readonly KnowledgeBase kb;
    private readonly IReadOnlyList<OpenDataLink> links;

    /// <summary>The compact keys of each explicit link's names, in the links' order.</summary>
    private readonly HashSet<string>[] linkKeys;

    /// <summary>Compact name, full name or alias → the first organisation (in the base's order) that bears it.</summary>
    private readonly Dictionary<string, string> organisationsByKey = new(StringComparer.Ordinal);

    private readonly Dictionary<(string? Insee, string? Commune, string? PostalCode), (string? Commune, string? Former)> located = [];
    private readonly Dictionary<string, (IReadOnlyList<string> Subdivisions, string? Territory)> geography = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Commune, string? Former), Candidates> candidates = [];

    public PlaceLinker(KnowledgeBase kb, IReadOnlyList<OpenDataLink> links)
    {
        this.kb = kb;
        this.links = links;
        linkKeys = [.. links.Select(l => l.Names.Select(Key).ToHashSet(StringComparer.Ordinal))];
        foreach (var organisation in kb.Organisations)
        {
            foreach (var name in organisation.Aliases.Prepend(organisation.Name).Append(organisation.FullName ?? ""))
            {
                if (name.Length > 0)
                {
                    organisationsByKey.TryAdd(TextNormalizer.Compact(name), organisation.Id);
                }
            }
        }
    }

    /// <summary>
    /// Links every place; a roadmap place that several places of the file resemble keeps only those that resemble it
    /// most (« Médiathèque Élie Chamard », not every médiathèque of Cholet because the roadmap also calls it « la
    /// médiathèque de Cholet »).
    /// </summary>
    public IReadOnlyList<OpenPlace> LinkAll(IReadOnlyList<OpenPlace> places)
    {
        var linked = new OpenPlace[places.Count];
        var resemblance = new List<(string Entity, double Score, int Index)>();
        for (var i = 0; i < places.Count; i++)
        {
            lastResemblance = null;
            linked[i] = Link(places[i]);
            if (lastResemblance is { } score && linked[i].Links.EntityId is { } entity)
            {
                resemblance.Add((entity, score, i));
            }
        }

        foreach (var group in resemblance.GroupBy(r => r.Entity, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var best = group.Max(r => r.Score);
            foreach (var (_, _, index) in group.Where(r => r.Score < best))
            {
                linked[index] = linked[index] with { Links = linked[index].Links with { EntityId = SameOrganisation(linked[index]) } };
            }
        }

        return linked;
    }

    /// <summary>How much the last place <see cref="Link"/> linked by resemblance resembles its roadmap place (null when linked otherwise).</summary>
    private double? lastResemblance;

    public OpenPlace Link(OpenPlace place)
    {
        if (!located.TryGetValue((place.InseeCode, place.CommuneName, place.PostalCode), out var where))
        {
            located[(place.InseeCode, place.CommuneName, place.PostalCode)] = where = Locate(place);
        }

        var (communeId, formerId) = where;
        if (communeId is null)
        {
            return place with { Links = PlaceLinks.None with { EntityId = Explicit(place, null) } };
        }

        var commune = kb.Get<Commune>(communeId);
        var area = formerId ?? communeId;
        if (!geography.TryGetValue(area, out var around))
        {
            geography[area] = around = ([.. kb.SubdivisionsOf(area).Select(s => s.Id)], kb.TerritoryOf(communeId)?.Id);
        }

        var entity = Explicit(place, commune);
        if (entity is null && SamePlace(place, communeId, formerId) is { } same)
        {
            (entity, lastResemblance) = same;
        }

        entity ??= SameOrganisation(place);
        return place with { Links = new PlaceLinks(communeId, formerId, around.Subdivisions, commune.EpciId, around.Territory, entity) };
    }

    /// <remarks>Depends only on the place's INSEE code, commune name and postal code: <see cref="Link"/> asks once for each.</remarks>
    private (string? Commune, string? Former) Locate(OpenPlace place)
    {
        string? communeId = null;
        string? formerId = null;
        if (place.InseeCode is { } insee)
        {
            if (kb.Find<Commune>($"{KnowledgeIds.Commune}:{insee}") is { } commune)
            {
                communeId = commune.Id;
            }
            else if (kb.Find<FormerCommune>($"{KnowledgeIds.FormerCommune}:{insee}") is { } former)
            {
                (communeId, formerId) = (former.CommuneId, former.Id);
            }
        }

        if (communeId is null && place.CommuneName is { } name)
        {
            var candidates = ByName(name);
            var chosen = candidates.FirstOrDefault(c => PostalCodes(c).Contains(place.PostalCode ?? "")) ?? (candidates.Count == 1 ? candidates[0] : null);
            switch (chosen)
            {
                case Commune c:
                    communeId = c.Id;
                    break;
                case FormerCommune f:
                    (communeId, formerId) = (f.CommuneId, f.Id);
                    break;
            }
        }

        // "Vihiers" with the INSEE code of Lys-Haut-Layon: the former commune the place is in.
        if (communeId is not null && formerId is null && place.CommuneName is { } written)
        {
            var key = Key(written);
            formerId = kb.FormerCommunesOf(communeId).FirstOrDefault(f => Key(f.Name) == key && Key(kb.Get<Commune>(communeId).Name) != key)?.Id;
        }

        return (communeId, formerId);
    }

    private List<IKnowledgeEntity> ByName(string name)
    {
        var found = kb.FindByName(name).Where(e => e is Commune or FormerCommune).ToList();
        if (found.Count > 0)
        {
            return found;
        }

        // "St Barthelemy d Anjou", "ANGERS CEDEX 01".
        var words = TextNormalizer.Fold(name).Split(' ').ToList();
        words = [.. words.Select(w => w switch { "st" => "saint", "ste" => "sainte", _ => w })];
        var cedex = words.IndexOf("cedex");
        if (cedex > 0)
        {
            words = words[..cedex];
        }

        return [.. kb.FindByName(string.Join(' ', words)).Where(e => e is Commune or FormerCommune)];
    }

    private static IReadOnlyList<string> PostalCodes(IKnowledgeEntity entity) => entity switch
    {
        Commune c => c.PostalCodes,
        FormerCommune { PostalCode: { } code } => [code],
        _ => [],
    };

    private string? Explicit(OpenPlace place, Commune? commune)
    {
        if (links.Count == 0)
        {
            return null;
        }

        var key = Key(place.Name);
        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            if ((l.Ids.Contains(place.Id, StringComparer.Ordinal) || linkKeys[i].Contains(key))
                && (l.InseeCode is null || l.InseeCode == place.InseeCode || (commune is not null && l.InseeCode == commune.InseeCode)))
            {
                return l.EntityId;
            }
        }

        return null;
    }

    private (string Id, double Score)? SamePlace(OpenPlace place, string communeId, string? formerId)
    {
        if (!candidates.TryGetValue((communeId, formerId), out var here))
        {
            candidates[(communeId, formerId)] = here = CandidatesIn(communeId, formerId);
        }

        if (here.Places.Count == 0)
        {
            return null;
        }

        var words = Words(place.Name).Except(here.CommuneWords).ToHashSet(StringComparer.Ordinal);
        var best = here.Places
            .Select(p => (p.Place, Score: Similarity(words, p.Names)))
            .Where(x => x.Score > 0 || (place.IsFranceServices && x.Place.IsFranceServices))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => place.IsFranceServices == x.Place.IsFranceServices)
            .FirstOrDefault();
        return best.Place is null ? null : (best.Place.Id, best.Score);
    }

    /// <summary>The roadmap places of a commune (or of one of its former communes) with the distinctive words of their names.</summary>
    private Candidates CandidatesIn(string communeId, string? formerId)
    {
        var places = kb.PlacesIn(communeId).Where(p => formerId is null || p.CommuneId == formerId || p.CommuneId == communeId).ToList();
        var communeWords = Words(kb.Get<Commune>(communeId).Name).Concat(formerId is null ? [] : Words(kb.Get<FormerCommune>(formerId).Name)).ToHashSet(StringComparer.Ordinal);
        return new Candidates(
            communeWords,
            [.. places.Select(p => (p, (IReadOnlyList<HashSet<string>>)[.. p.Aliases.Prepend(p.Name).Select(n => Words(n).Except(communeWords).ToHashSet(StringComparer.Ordinal))]))]);
    }

    /// <summary>1 when one name's distinctive words all appear in the other's (« Médiathèque » and « Médiathèque Jean Vilar »), else 0: two centres sociaux of one commune share two words and are not the same.</summary>
    private static double Similarity(HashSet<string> words, IEnumerable<HashSet<string>> names)
    {
        var best = 0.0;
        foreach (var other in names)
        {
            if (words.Count == 0 || other.Count == 0)
            {
                continue;
            }

            var common = words.Count(other.Contains);
            if (common == Math.Min(words.Count, other.Count))
            {
                best = Math.Max(best, (double)common / Math.Max(words.Count, other.Count));
            }
        }

        return best;
    }

    private string? SameOrganisation(OpenPlace place)
    {
        var key = TextNormalizer.Compact(place.Name);
        return organisationsByKey.GetValueOrDefault(key);
    }

    private sealed record Candidates(HashSet<string> CommuneWords, IReadOnlyList<(Place Place, IReadOnlyList<HashSet<string>> Names)> Places);

    private static string Key(string name) => TextNormalizer.Compact(name.Replace("St ", "Saint ", StringComparison.Ordinal).Replace("St-", "Saint-", StringComparison.Ordinal));

    private static IEnumerable<string> Words(string name) => TextNormalizer.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Generic.Contains(w));
}
