using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Loading;

public sealed class KnowledgeBaseLoaderTests
{
    [Fact]
    public void The_embedded_knowledge_base_loads_without_any_error()
    {
        var result = EmbeddedKnowledgeBase.Result;

        Assert.Empty(result.Errors);
        Assert.NotNull(result.KnowledgeBase);
    }

    [Fact]
    public void The_embedded_knowledge_base_has_what_the_document_announces()
    {
        var counts = EmbeddedKnowledgeBase.Current.Counts.ToDictionary(c => c.Key, c => c.Value);

        Assert.Equal(5, counts["axes"]);
        Assert.Equal(24, counts["actions"]);
        Assert.Equal(8, counts["working groups"]);
        Assert.Equal(9, counts["territories"]);
        Assert.Equal(176, counts["communes"]);
        Assert.Equal(230, counts["former communes"]);
        Assert.Equal(40, counts["participants"]);
        Assert.Equal(14, counts["signatories"]);
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_an_exception()
    {
        var result = KnowledgeBaseLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-kb-" + Guid.NewGuid()));

        Assert.False(result.IsValid);
        Assert.Contains("does not exist", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Every_entity_cites_a_section_of_the_document_except_topics()
    {
        var knowledgeBase = EmbeddedKnowledgeBase.Current;

        var uncited = knowledgeBase.Entities.Values
            .Where(e => e is not Mednum49.Knowledge.Model.Topic && string.IsNullOrWhiteSpace(e.Section))
            .Select(e => e.Id)
            .ToList();

        Assert.Empty(uncited);
        Assert.All(knowledgeBase.Entities.Values.Where(e => e.Section.Length > 0), e => Assert.Contains(e.Section, knowledgeBase.Document.Sections));
    }
}
