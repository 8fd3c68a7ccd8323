namespace Mednum49.Knowledge.Search;

/// <summary>A text the full-text index can return: a fiche, an action, an organisation… as the engine describes it.</summary>
/// <param name="Id">Stable knowledge-base id, returned in hits (unique in an index).</param>
/// <param name="Kind">What the document is (e.g. <c>action</c>, <c>territory</c>); searches can be restricted to one kind.</param>
/// <param name="Title">Short French title; matches in it weigh most.</param>
/// <param name="Text">French body text.</param>
/// <param name="Keywords">Aliases and keywords; they weigh almost as much as the title.</param>
/// <param name="Boost">Relative importance of the document (1 = normal).</param>
public sealed record SearchDocument(string Id, string Kind, string Title, string Text, IReadOnlyList<string>? Keywords = null, float Boost = 1f);
