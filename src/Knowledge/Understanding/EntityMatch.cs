namespace Mednum49.Knowledge.Understanding;

/// <summary>
/// A mention of one or more gazetteer entities in a question. Several entities share the match when they
/// share the name that was found (a commune and a bassin both called "Saumur"): the engine then asks which one.
/// </summary>
/// <param name="Start">Index of the first char of the mention in the question.</param>
/// <param name="Length">Length of the mention in the question.</param>
/// <param name="Text">The mention as the user typed it.</param>
/// <param name="Entities">Every entity with that name, in gazetteer order, each once.</param>
/// <param name="Exactness">How the mention matched: the engine trusts an exact match more than a fuzzy or partial one.</param>
/// <param name="Distance">Edit distance to the closest name: 0 for exact and partial matches.</param>
public sealed record EntityMatch(int Start, int Length, string Text, IReadOnlyList<MatchedEntity> Entities, MatchExactness Exactness, int Distance)
{
    /// <summary>True when the folded text equals a name or alias (no typo correction, nothing left out).</summary>
    public bool IsExact => Exactness == MatchExactness.Exact;

    /// <summary>True when the mention names more than one entity.</summary>
    public bool IsAmbiguous => Entities.Count > 1;
}

/// <param name="EntityId">The entity's knowledge-base id.</param>
/// <param name="Kind">The entity's kind, as given to the gazetteer.</param>
/// <param name="Name">The name or alias of the entity that matched.</param>
public sealed record MatchedEntity(string EntityId, string Kind, string Name);

/// <summary>How a mention matched a name.</summary>
public enum MatchExactness
{
    /// <summary>The folded words equal a name or alias ("lys haut layon" for "Lys-Haut-Layon").</summary>
    Exact,

    /// <summary>A typo away from a name ("vihierrois" for "Vihierois"); see <see cref="EntityMatch.Distance"/>.</summary>
    Fuzzy,

    /// <summary>
    /// The first words of a longer name that few entities share ("brissac" for "Brissac Loire Aubance",
    /// "baugeois" for "Baugeois Vallée"): often what people type, but the weakest evidence.
    /// </summary>
    Partial,
}
