namespace Mednum49.Knowledge.Model;

/// <summary>What people ask about (<c>topic:gens-du-voyage</c>), with the French words they use for it.</summary>
public sealed record Topic(string Id, string Name, IReadOnlyList<string> Synonyms, string Section) : IKnowledgeEntity
{
    public IReadOnlyList<string> Aliases => Synonyms;
}
