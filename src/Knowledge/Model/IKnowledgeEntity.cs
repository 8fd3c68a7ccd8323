namespace Mednum49.Knowledge.Model;

/// <summary>Anything an answer can cite: it has a stable id, a French name, the other names people use, and a source.</summary>
public interface IKnowledgeEntity
{
    /// <summary>Stable id, <c>kind:slug</c> (e.g. <c>action:B.6</c>, <c>territory:cholet-agglomeration</c>).</summary>
    string Id { get; }

    /// <summary>The name as the source writes it, shown to users.</summary>
    string Name { get; }

    /// <summary>Other names, acronyms and spellings people use for it.</summary>
    IReadOnlyList<string> Aliases { get; }

    /// <summary>Where it comes from in the source document, in French (e.g. "Annexe 3 — Cholet Agglomération").</summary>
    string Section { get; }
}
