using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Whether two entities a name designates belong together (a commune and the bassin named after it, a centre social
/// and the polarité it animates, a unit and its organisation): then the engine answers about both instead of asking.
/// </summary>
internal static class Relations
{
    public static bool Related(KnowledgeBase kb, IKnowledgeEntity a, IKnowledgeEntity b) =>
        a.Id == b.Id
        || kb.ReferencesTo(a.Id).Contains(b.Id)
        || kb.ReferencesTo(b.Id).Contains(a.Id)
        || Around(kb, a).Contains(b.Id)
        || Around(kb, b).Contains(a.Id);

    /// <summary>Groups entities into sets of related ones (connected components).</summary>
    public static List<List<IKnowledgeEntity>> Components(KnowledgeBase kb, IReadOnlyList<IKnowledgeEntity> entities)
    {
        var components = new List<List<IKnowledgeEntity>>();
        foreach (var entity in entities)
        {
            var joined = components.Where(c => c.Any(e => Related(kb, e, entity))).ToList();
            if (joined.Count == 0)
            {
                components.Add([entity]);
                continue;
            }

            var target = joined[0];
            target.Add(entity);
            foreach (var other in joined.Skip(1))
            {
                target.AddRange(other);
                components.Remove(other);
            }
        }

        return components;
    }

    /// <summary>What is around each entity, per snapshot: a name that designates many places compares them pairwise, on every question.</summary>
    private static readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, FrozenSet<string>>> Arounds = [];

    /// <summary>The ids geographically or organically around an entity (computed once per snapshot).</summary>
    private static FrozenSet<string> Around(KnowledgeBase kb, IKnowledgeEntity entity) =>
        Arounds.GetValue(kb, static _ => new(StringComparer.Ordinal))
            .GetOrAdd(entity.Id, static (_, x) => Collect(x.Kb, x.Entity).ToFrozenSet(StringComparer.Ordinal), (Kb: kb, Entity: entity));

    private static HashSet<string> Collect(KnowledgeBase kb, IKnowledgeEntity entity)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        switch (entity)
        {
            case Commune commune:
                ids.Add(commune.EpciId);
                ids.UnionWith(kb.FormerCommunesOf(commune.Id).Select(f => f.Id));
                ids.UnionWith(Scope.SubdivisionsHolding(kb, commune.Id).Select(s => s.Id));
                if (kb.TerritoryOf(commune.Id) is { } communeTerritory)
                {
                    ids.Add(communeTerritory.Id);
                }

                break;
            case FormerCommune former:
                ids.Add(former.CommuneId);
                ids.UnionWith(Scope.SubdivisionsHolding(kb, former.Id).Select(s => s.Id));
                if (kb.TerritoryOf(former.Id) is { } formerTerritory)
                {
                    ids.Add(formerTerritory.Id);
                }

                break;
            case Subdivision subdivision:
                ids.Add(subdivision.TerritoryId);
                ids.UnionWith(Scope.CommunesOfSubdivision(kb, subdivision));
                ids.UnionWith(subdivision.Actors.Select(a => a.ActorId));
                break;
            case Territory territory:
                ids.Add(territory.EpciId);
                break;
            case Place place:
                ids.Add(place.TerritoryId);
                if (place.SubdivisionId is { } s)
                {
                    ids.Add(s);
                }

                if (place.CommuneId is { } c)
                {
                    ids.Add(c);
                    if (kb.CommuneOf(c) is { } today)
                    {
                        ids.Add(today.Id);
                    }
                }

                break;
            case OrganisationUnit unit:
                ids.Add(unit.OrganisationId);
                break;
            case Organisation organisation when organisation.ParentId is { } parent:
                ids.Add(parent);
                break;
        }

        return ids;
    }
}
