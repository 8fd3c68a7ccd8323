namespace Mednum49.Knowledge.Model;

/// <summary>One of the five strategic axes of the roadmap (<c>axis:A</c> … <c>axis:E</c>).</summary>
/// <param name="Themes">The sub-headings that group the axis's actions (A: Stratégie, Financement…), often none.</param>
public sealed record Axis(
    string Id,
    string Code,
    string Title,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Themes,
    string Summary,
    IReadOnlyList<string> TopicIds,
    string Section) : IKnowledgeEntity
{
    public string Name => Title;
}
