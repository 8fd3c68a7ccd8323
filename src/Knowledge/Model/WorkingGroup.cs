namespace Mednum49.Knowledge.Model;

/// <summary>One of the 8 working groups of the roadmap (<c>group:&lt;slug&gt;</c>). Leads only where the document names them.</summary>
public sealed record WorkingGroup(
    string Id,
    string AxisId,
    string? Theme,
    string Title,
    IReadOnlyList<string> Aliases,
    string? LeadAsWritten,
    IReadOnlyList<Lead> Leads,
    string Summary,
    IReadOnlyList<string> TopicIds,
    IReadOnlyList<string> TerritoryIds,
    string Section) : IKnowledgeEntity
{
    public string Name => Title;
}
