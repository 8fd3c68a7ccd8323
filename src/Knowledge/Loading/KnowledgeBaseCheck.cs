namespace Mednum49.Knowledge.Loading;

/// <summary>The outcome of checking a knowledge-base folder: counts per kind, or the errors to fix.</summary>
public sealed record KnowledgeBaseCheck(IReadOnlyList<KeyValuePair<string, int>> Counts, IReadOnlyList<KnowledgeBaseError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>One problem, located precisely enough for a coordinator to fix it: the file (relative to the folder), the line, what to do.</summary>
public sealed record KnowledgeBaseError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
