namespace Mednum49.Knowledge.Understanding;

/// <summary>One entry of the gazetteer: an entity of the knowledge base and the names people call it by.</summary>
/// <param name="EntityId">Stable knowledge-base id, e.g. <c>commune:49099</c> or <c>organisation:cybanjou</c>.</param>
/// <param name="Kind">What the entity is, as the engine names it (e.g. <c>commune</c>, <c>bassin</c>, <c>organisation</c>).</param>
/// <param name="Names">Its name and aliases as written ("Cyb@njou", "Chloro'Fil", "Le Lion-d'Angers").</param>
public sealed record EntityName(string EntityId, string Kind, IReadOnlyList<string> Names);
