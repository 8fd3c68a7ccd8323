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
internal sealed class PlaceLinker(KnowledgeBase kb, IReadOnlyList<OpenDataLink> links)
{
    /// <summary>Words every place name may hold: they say nothing about which place it is.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "maison", "espace", "point", "lieu", "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en" };

    public OpenPlace Link(OpenPlace place)
    {
        var (communeId, formerId) = Locate(place);
        if (communeId is null)
        {
            return place with { Links = PlaceLinks.None with { EntityId = Explicit(place, null) } };
        }

        var commune = kb.Get<Commune>(communeId);
        var subdivisions = kb.SubdivisionsOf(formerId ?? communeId).Select(s => s.Id).ToList();
        var territory = kb.TerritoryOf(communeId)?.Id;
        var entity = Explicit(place, commune) ?? SamePlace(place, communeId, formerId) ?? SameOrganisation(place);
        return place with { Links = new PlaceLinks(communeId, formerId, subdivisions, commune.EpciId, territory, entity) };
    }

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
        var key = Key(place.Name);
        return links.FirstOrDefault(l =>
            (l.Ids.Contains(place.Id, StringComparer.Ordinal) || l.Names.Any(n => Key(n) == key))
            && (l.InseeCode is null || l.InseeCode == place.InseeCode || (commune is not null && l.InseeCode == commune.InseeCode)))?.EntityId;
    }

    private string? SamePlace(OpenPlace place, string communeId, string? formerId)
    {
        var candidates = kb.PlacesIn(communeId).Where(p => formerId is null || p.CommuneId == formerId || p.CommuneId == communeId).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var communeWords = Words(kb.Get<Commune>(communeId).Name).Concat(formerId is null ? [] : Words(kb.Get<FormerCommune>(formerId).Name)).ToHashSet(StringComparer.Ordinal);
        var words = Words(place.Name).Except(communeWords).ToHashSet(StringComparer.Ordinal);
        var best = candidates
            .Select(p => (Place: p, Score: Similarity(words, p.Aliases.Prepend(p.Name).Select(n => Words(n).Except(communeWords).ToHashSet(StringComparer.Ordinal)))))
            .Where(x => x.Score > 0 || (place.IsFranceServices && x.Place.IsFranceServices))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => place.IsFranceServices == x.Place.IsFranceServices)
            .FirstOrDefault();
        return best.Place?.Id;
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
        return kb.Organisations.FirstOrDefault(o => o.Aliases.Prepend(o.Name).Append(o.FullName ?? "").Any(n => n.Length > 0 && TextNormalizer.Compact(n) == key))?.Id;
    }

    private static string Key(string name) => TextNormalizer.Compact(name.Replace("St ", "Saint ", StringComparison.Ordinal).Replace("St-", "Saint-", StringComparison.Ordinal));

    private static IEnumerable<string> Words(string name) => TextNormalizer.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Generic.Contains(w));
}
