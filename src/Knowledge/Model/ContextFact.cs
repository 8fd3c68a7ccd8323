namespace Mednum49.Knowledge.Model;

/// <summary>A national or departmental fact the document gives (France Relance, 34 conseillers numériques…).</summary>
/// <param name="Figures">The numbers exactly as written ("250 millions d'euros").</param>
/// <param name="AboutIds">The entities the fact is about.</param>
public sealed record ContextFact(
    string Id,
    string Title,
    IReadOnlyList<string> Aliases,
    string Text,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Figures,
    IReadOnlyList<string> AboutIds,
    IReadOnlyList<string> TopicIds,
    string Section) : IKnowledgeEntity
{
    public string Name => Title;
}
