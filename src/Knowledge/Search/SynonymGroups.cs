namespace Mednum49.Knowledge.Search;

/// <summary>
/// Groups of French terms that mean the same thing to the search, e.g. ["gens du voyage", "voyageurs",
/// "itinérants"]. A term may have several words; accents are optional when typed.
/// </summary>
public sealed class SynonymGroups
{
    /// <param name="groups">Each group lists equivalent terms; groups of fewer than two terms are ignored.</param>
    public SynonymGroups(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = [.. groups
            .Select(g => (IReadOnlyList<string>)[.. g.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)])
            .Where(g => g.Count > 1)];
    }

    /// <summary>No synonyms.</summary>
    public static SynonymGroups Empty { get; } = new([]);

    /// <summary>The groups, each with at least two terms.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }
}
