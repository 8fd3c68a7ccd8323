namespace Mednum49.Knowledge.Places;

/// <summary>
/// An explicit link, written in the knowledge base's YAML (<c>open_data_links:</c>), from places of the open-data file
/// to the roadmap's place or organisation they are, where the names differ too much to be matched.
/// </summary>
/// <param name="EntityId">The knowledge-base place or organisation (<c>place:…</c>, <c>org:…</c>).</param>
/// <param name="Names">The place's names as the open-data file writes them.</param>
/// <param name="Ids">The place's <c>id</c> in the open-data file.</param>
/// <param name="InseeCode">Optional: only a place of that commune.</param>
public sealed record OpenDataLink(string EntityId, IReadOnlyList<string> Names, IReadOnlyList<string> Ids, string? InseeCode, string File, int Line);
