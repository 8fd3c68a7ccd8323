using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// The places of the open-data files, linked to the knowledge base, with the lookups answers need: by id, by the
/// roadmap entity they are, by commune, subdivision and EPCI, and by the words of their names — all indexed when the
/// snapshot is built, so no question scans every place. Part of one
/// <see cref="KnowledgeBase"/> snapshot: built with it, swapped with it.
/// </summary>
public sealed class OpenPlaces
{
    public static readonly OpenPlaces Empty = new([], PlacesLoadResult.Empty, null);

    // Plain dictionaries, not frozen ones: freezing thousands of keys costs more at start than it saves on a few lookups a question.

    private readonly Dictionary<string, OpenPlace> byId;
    private readonly Dictionary<string, OpenPlace[]> byEntity;
    private readonly Dictionary<string, OpenPlace[]> byCommune;
    private readonly Dictionary<string, OpenPlace[]> bySubdivision;
    private readonly Dictionary<string, OpenPlace[]> byEpci;

    private OpenPlaces(IReadOnlyList<OpenPlace> places, PlacesLoadResult load, string? path)
    {
        All = places;
        Load = load;
        Path = path;
        byId = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        byEntity = places.Where(p => p.Links.EntityId is not null).GroupBy(p => p.Links.EntityId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        byCommune = places.SelectMany(p => new[] { p.Links.CommuneId, p.Links.FormerCommuneId }.OfType<string>().Distinct().Select(c => (Commune: c, Place: p)))
            .GroupBy(x => x.Commune, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Place).ToArray(), StringComparer.Ordinal);
        bySubdivision = places.SelectMany(p => p.Links.SubdivisionIds.Distinct().Select(s => (Subdivision: s, Place: p)))
            .GroupBy(x => x.Subdivision, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Place).ToArray(), StringComparer.Ordinal);
        byEpci = places.Where(p => p.Links.EpciId is not null).GroupBy(p => p.Links.EpciId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Matcher = new OpenPlaceMatcher(places);
    }

    public IReadOnlyList<OpenPlace> All { get; }

    /// <summary>What reading the files gave (counts, problems, unreadable files).</summary>
    public PlacesLoadResult Load { get; }

    /// <summary>The file or folder they were read from (<c>Knowledge:PlacesPath</c>), if any.</summary>
    public string? Path { get; }

    internal OpenPlaceMatcher Matcher { get; }

    public static OpenPlaces Build(KnowledgeBase kb, PlacesLoadResult load, IReadOnlyList<OpenDataLink> links, string? path)
    {
        ArgumentNullException.ThrowIfNull(load);
        return Create(Link(kb, load, links), load, path);
    }

    /// <summary>The places read, each linked to the knowledge base (<see cref="PlaceLinker"/>).</summary>
    public static IReadOnlyList<OpenPlace> Link(KnowledgeBase kb, PlacesLoadResult load, IReadOnlyList<OpenDataLink> links)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(load);
        if (load.Places.Count == 0)
        {
            return [];
        }

        var linker = new PlaceLinker(kb, links);
        return linker.LinkAll(load.Places);
    }

    /// <summary>The lookups over places already linked.</summary>
    public static OpenPlaces Create(IReadOnlyList<OpenPlace> linked, PlacesLoadResult load, string? path) => new(linked, load, path);

    public OpenPlace? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The file's places that are this roadmap place or organisation.</summary>
    public IReadOnlyList<OpenPlace> Of(string entityId) => byEntity.GetValueOrDefault(entityId) ?? [];

    /// <summary>The places in a commune (with its former communes) or in one former commune.</summary>
    public IReadOnlyList<OpenPlace> InCommune(string communeOrFormerId) => byCommune.GetValueOrDefault(communeOrFormerId) ?? [];

    public IReadOnlyList<OpenPlace> InSubdivision(string subdivisionId) => bySubdivision.GetValueOrDefault(subdivisionId) ?? [];

    public IReadOnlyList<OpenPlace> InEpci(string epciId) => byEpci.GetValueOrDefault(epciId) ?? [];
}
