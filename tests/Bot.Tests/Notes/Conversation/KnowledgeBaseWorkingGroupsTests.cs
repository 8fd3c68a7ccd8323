using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Knowledge;
using Mednum49.Knowledge.Loading;
using Moq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>The working groups as the knowledge base describes them, and the words that name them.</summary>
public sealed class KnowledgeBaseWorkingGroupsTests
{
    private static readonly Lazy<Knowledge.Model.KnowledgeBase> Base = new(() =>
        KnowledgeBaseLoader.Load(KnowledgeOptions.DefaultDataPath).KnowledgeBase ?? throw new InvalidOperationException("The shipped knowledge base does not load."));

    private static KnowledgeBaseWorkingGroups Directory()
    {
        var provider = new Mock<IKnowledgeBaseProvider>();
        provider.SetupGet(p => p.Current).Returns(Base.Value);
        return new KnowledgeBaseWorkingGroups(provider.Object);
    }

    [Fact]
    public void The_eight_groups_of_the_roadmap_are_there_in_order_with_their_titles_as_written()
    {
        var groups = Directory().All();

        Assert.Equal(8, groups.Count);
        Assert.Equal(Base.Value.WorkingGroups.Select(g => (g.Id, g.Title)), groups.Select(g => (g.Id, g.Title)));
        Assert.Equal("Les bénévoles acteurs de l'accompagnement numérique sur nos territoire ?", groups[0].Title);
        Assert.Equal(groups[5], Directory().Find("GROUP:RECONDITIONNEMENT"));
        Assert.Null(Directory().Find("group:inconnu"));
    }

    [Fact]
    public void A_keyword_names_one_group_only()
    {
        var directory = Directory();
        var owners = directory.All()
            .SelectMany(g => directory.KeywordsOf(g.Id).Select(k => (Key: FrenchText.Normalize(k), g.Id)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(owners);
        // "Anjou Numérique" leads two groups: it names neither.
        Assert.DoesNotContain(directory.All().SelectMany(g => directory.KeywordsOf(g.Id)), k => FrenchText.Normalize(k) == "anjou numerique");
        Assert.Contains("IRESA", directory.KeywordsOf("group:reconditionnement"));
        Assert.Contains("MDS", directory.KeywordsOf("group:engagement-des-mds"));
    }

    [Theory]
    [InlineData("bénévoles", "group:benevoles")]
    [InlineData("le bénévolat", "group:benevoles")]
    [InlineData("le groupe sur le reconditionnement", "group:reconditionnement")]
    [InlineData("celui de l'IRESA", "group:reconditionnement")]
    [InlineData("3", "group:engagement-des-mds")]
    [InlineData("la troisième", "group:engagement-des-mds")]
    [InlineData("la dernière", "group:accompagnement-a-domicile")]
    [InlineData("maisons des solidarités", "group:engagement-des-mds")]
    [InlineData("Angers Loire Métropole", "group:maillage-angers-loire-metropole")]
    [InlineData("le maillage", "group:maillage-angers-loire-metropole")]
    [InlineData("précaires", "group:publics-precaires")]
    [InlineData("numérique responsable", "group:sobriete-numerique")]
    [InlineData("subventions", "group:recherche-de-financement")]
    [InlineData("aller-vers", "group:accompagnement-a-domicile")]
    [InlineData("group:sobriete-numerique", "group:sobriete-numerique")]
    public void Groups_are_recognised_in_the_words_people_use(string text, string id)
    {
        var directory = Directory();
        var choices = new NoteGroupChoices(directory, directory);

        Assert.Equal(id, choices.Resolve(text)?.Id);
    }

    [Theory]
    [InlineData("le groupe des astronautes")]
    [InlineData("numérique")]
    [InlineData("9")]
    public void Words_that_name_no_group_or_several_name_none(string text)
    {
        var directory = Directory();

        Assert.Null(new NoteGroupChoices(directory, directory).Resolve(text));
    }

    [Fact]
    public void Positions_are_ignored_when_asked()
    {
        var directory = Directory();

        Assert.Null(new NoteGroupChoices(directory, directory).Resolve("la réunion du 3 mars", byPosition: false));
    }

    [Fact]
    public void A_reloaded_knowledge_base_is_seen_at_once()
    {
        var provider = new Mock<IKnowledgeBaseProvider>();
        provider.SetupGet(p => p.Current).Returns(Base.Value);
        var directory = new KnowledgeBaseWorkingGroups(provider.Object);
        var before = directory.All();

        var reloaded = KnowledgeBaseLoader.Load(KnowledgeOptions.DefaultDataPath).KnowledgeBase!;
        provider.SetupGet(p => p.Current).Returns(reloaded);

        Assert.NotSame(before, directory.All());
        Assert.Equal(before, directory.All());
    }
}
