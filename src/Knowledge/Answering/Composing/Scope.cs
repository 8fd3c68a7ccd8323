using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// A place a question is about, resolved in the geography: the commune (and former commune) typed, the subdivisions
/// that hold it, and the territory fiche. "Saumur" is the commune and its bassin; "Vihiers" is a commune déléguée of
/// Lys-Haut-Layon, in the Vihierois, in Cholet Agglomération.
/// </summary>
internal sealed class Scope
{
    private Scope(IKnowledgeEntity primary)
    {
        Primary = primary;
    }

    /// <summary>What the question named.</summary>
    public IKnowledgeEntity Primary { get; }

    public Territory? Territory { get; private init; }

    /// <summary>The subdivisions that hold the place, most specific first.</summary>
    public IReadOnlyList<Subdivision> Subdivisions { get; private init; } = [];

    public Subdivision? Subdivision => Subdivisions.Count > 0 ? Subdivisions[0] : null;

    public Commune? Commune { get; private init; }

    public FormerCommune? Former { get; private init; }

    /// <summary>A place named like the subdivision it animates ("Chloro'Fil").</summary>
    public Place? Place { get; private init; }

    public Epci? Epci { get; private init; }

    public bool IsDepartment => Primary.Id == ScopeEntity.DepartmentId;

    /// <summary>The question names a whole territory (EPCI), not a part of it.</summary>
    public bool IsTerritory => Commune is null && Former is null && Subdivisions.Count == 0 && Territory is not null;

    /// <summary>"Vihiers", "le Vihierois", "Cholet Agglomération": how answers name the scope.</summary>
    public string Name => Former?.Name ?? Commune?.Name ?? Subdivision?.Name ?? Territory?.Name ?? Epci?.Name ?? Primary.Name;

    /// <summary>Builds the scope of the geographic entities of one mention (they are related: a commune and its bassin…).</summary>
    public static Scope? Of(KnowledgeBase kb, IReadOnlyList<IKnowledgeEntity> entities)
    {
        var former = entities.OfType<FormerCommune>().FirstOrDefault();
        var commune = entities.OfType<Commune>().FirstOrDefault() ?? (former is null ? null : kb.CommuneOf(former.Id));
        var subdivision = entities.OfType<Subdivision>().FirstOrDefault();
        var territory = entities.OfType<Territory>().FirstOrDefault();
        var epci = entities.OfType<Epci>().FirstOrDefault();
        var place = entities.OfType<Place>().FirstOrDefault();
        var department = entities.OfType<ScopeEntity>().FirstOrDefault(s => s.Id == ScopeEntity.DepartmentId);

        IKnowledgeEntity? primary = (IKnowledgeEntity?)former ?? (IKnowledgeEntity?)entities.OfType<Commune>().FirstOrDefault() ?? (IKnowledgeEntity?)subdivision
            ?? (IKnowledgeEntity?)territory ?? (IKnowledgeEntity?)epci ?? department;
        if (primary is null)
        {
            return null;
        }

        if (department is not null && ReferenceEquals(primary, department))
        {
            return new Scope(department);
        }

        var subdivisions = new List<Subdivision>();
        if (former is not null || commune is not null)
        {
            subdivisions.AddRange(SubdivisionsHolding(kb, former?.Id ?? commune!.Id));
        }

        if (subdivision is not null)
        {
            subdivisions.Remove(subdivision);
            subdivisions.Insert(0, subdivision);
        }

        territory ??= subdivision is not null ? kb.Find<Territory>(subdivision.TerritoryId)
            : commune is not null ? kb.TerritoryOf(commune.Id)
            : epci is not null ? kb.TerritoryOfEpci(epci.Id)
            : null;
        territory ??= subdivisions.Select(s => kb.Find<Territory>(s.TerritoryId)).FirstOrDefault(t => t is not null);
        epci ??= territory is not null ? kb.Find<Epci>(territory.EpciId) : commune is not null ? kb.Find<Epci>(commune.EpciId) : null;

        return new Scope(primary)
        {
            Former = former,
            Commune = commune,
            Subdivisions = subdivisions,
            Territory = territory,
            Epci = epci,
            Place = place,
        };
    }

    /// <summary>The subdivisions that list a commune (or former commune) or are organised around it, the smallest first.</summary>
    public static IReadOnlyList<Subdivision> SubdivisionsHolding(KnowledgeBase kb, string communeOrFormerId)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { communeOrFormerId };
        if (kb.CommuneOf(communeOrFormerId) is { } commune)
        {
            ids.Add(commune.Id);
            ids.UnionWith(kb.FormerCommunesOf(commune.Id).Select(f => f.Id));
        }

        var holding = kb.SubdivisionsOf(communeOrFormerId).ToList();
        holding.AddRange(kb.Subdivisions.Where(s => s.CentreId is { } centre && ids.Contains(centre) && !holding.Contains(s)));
        return [.. holding.OrderBy(s => s.Communes.Count == 0 ? 1000 : s.Communes.Count).ThenBy(s => s.ParentId is null ? 1 : 0)];
    }

    /// <summary>Ids of the communes and former communes the scope covers (empty for a whole territory or the department).</summary>
    public HashSet<string> CommuneIds(KnowledgeBase kb)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (Commune is not null)
        {
            ids.Add(Commune.Id);
            ids.UnionWith(kb.FormerCommunesOf(Commune.Id).Select(f => f.Id));
        }
        else if (Former is not null)
        {
            ids.Add(Former.Id);
        }

        return ids;
    }

    /// <summary>Ids of the subdivision and its children, and of the communes it lists.</summary>
    public static HashSet<string> SubdivisionIds(KnowledgeBase kb, Subdivision subdivision)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { subdivision.Id };
        foreach (var child in kb.Subdivisions.Where(s => s.ParentId == subdivision.Id))
        {
            ids.Add(child.Id);
        }

        return ids;
    }

    public static HashSet<string> CommunesOfSubdivision(KnowledgeBase kb, Subdivision subdivision)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in kb.Subdivisions.Where(s => s.Id == subdivision.Id || s.ParentId == subdivision.Id))
        {
            foreach (var commune in s.Communes)
            {
                ids.Add(commune.CommuneId);
                if (kb.Find(commune.CommuneId) is Commune c)
                {
                    ids.UnionWith(kb.FormerCommunesOf(c.Id).Select(f => f.Id));
                }
            }

            if (s.CentreId is { } centre)
            {
                ids.Add(centre);
            }
        }

        return ids;
    }
}
