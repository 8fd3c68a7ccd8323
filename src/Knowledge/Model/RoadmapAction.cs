namespace Mednum49.Knowledge.Model;

/// <summary>One of the 24 actions of the roadmap, e.g. <c>action:B.6</c>.</summary>
/// <param name="Code">Exactly as in the document (<c>A.1.2.a</c>).</param>
/// <param name="ParentId">The action it belongs to (<c>action:A.1.2</c> for A.1.2.a), if any.</param>
/// <param name="LeadAsWritten">The lead exactly as the document writes it, when it writes one.</param>
/// <param name="Leads">Who carries it. When the document names no lead, the parent's leads (<see cref="LeadsInherited"/>).</param>
public sealed record RoadmapAction(
    string Id,
    string Code,
    string AxisId,
    string? ParentId,
    string? Theme,
    string Title,
    IReadOnlyList<string> Aliases,
    string? LeadAsWritten,
    IReadOnlyList<Lead> Leads,
    bool LeadsInherited,
    string Summary,
    IReadOnlyList<string> TopicIds,
    string Section) : IKnowledgeEntity
{
    public string Name => Title;
}
