namespace Mednum49.Knowledge.Model;

/// <summary>An example action from a territory fiche (<c>example:&lt;territory&gt;/&lt;slug&gt;</c>).</summary>
public sealed record ExampleAction(
    string Id,
    string TerritoryId,
    string Title,
    string? Year,
    string Description,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string> PlaceIds,
    IReadOnlyList<string> CommuneIds,
    IReadOnlyList<string> SubdivisionIds,
    IReadOnlyList<string> TopicIds,
    string Section,
    IReadOnlyList<string>? OtherNames = null) : IKnowledgeEntity
{
    public string Name => Title;

    /// <summary>Other names people use for it ("conseil local du numérique"): the `aliases` of the example, if any.</summary>
    public IReadOnlyList<string> Aliases => OtherNames ?? [];
}
