using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>A loaded knowledge base, or every error that prevented it. Never both: an invalid folder gives no snapshot.</summary>
public sealed record KnowledgeBaseLoadResult(string Folder, KnowledgeBase? KnowledgeBase, IReadOnlyList<KnowledgeBaseError> Errors, TimeSpan Elapsed)
{
    public bool IsValid => KnowledgeBase is not null;

    public KnowledgeBaseCheck ToCheck() => new(KnowledgeBase?.Counts ?? [], Errors);
}
