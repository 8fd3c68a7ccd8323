using Mednum49.Knowledge.Benchmarks;
using Mednum49.Knowledge.Search;

namespace Mednum49.Knowledge.Tests.Search;

/// <summary>The search over a corpus shaped like the knowledge base's (actions, working groups, fiches, 176 communes).</summary>
public sealed class SearchIndexTests : IClassFixture<SearchIndexTests.Corpus>
{
    private readonly SearchIndex index;

    public SearchIndexTests(Corpus corpus) => index = corpus.Index;

    [Theory]
    [InlineData("Qui s'occupe de la cartographie des compétences du réseau ?", "action:A.1.2.a")]
    [InlineData("cartographie des competences", "action:A.1.2.a")]
    [InlineData("cartografie des compétence", "action:A.1.2.a")]
    [InlineData("La fabrique du numérique, c'est qui ?", "action:A.3.3")]
    [InlineData("groupe de travail financement", "workgroup:financement")]
    [InlineData("Qui anime le groupe de travail sur la sobriété numérique ?", "workgroup:sobriete")]
    [InlineData("Qui compose le comité de pilotage ?", "instance:copil")]
    [InlineData("Combien d'habitants dans Baugeois Vallée ?", "territory:bv")]
    [InlineData("habitants baugeois valee", "territory:bv")]
    [InlineData("reconditionnement des ordinateurs", "workgroup:reconditionnement")]
    [InlineData("biblio pole", "organisation:bibliopole")]
    [InlineData("cybanjou", "organisation:cybanjou")]
    [InlineData("Qui est le contact des Francas ?", "organisation:francas")]
    public void A_related_question_finds_its_document_first_with_confidence(string question, string id)
    {
        var hits = index.Search(question, 5);

        Assert.NotEmpty(hits);
        Assert.Equal(id, hits[0].Id);
        Assert.True(hits[0].Confidence >= 0.5, $"confidence {hits[0].Confidence}");
    }

    [Theory]
    [InlineData("voyageurs")]
    [InlineData("accompagnement des voyageurs")]
    [InlineData("itinérants")]
    [InlineData("itinerants")]
    [InlineData("gens du voyages")]
    public void A_synonym_finds_the_document_that_uses_another_term(string question)
    {
        var hit = index.Search(question, 3)[0];

        Assert.Equal("action:B.6", hit.Id);
        Assert.Equal(1, hit.Confidence);
    }

    [Fact]
    public void Without_the_synonyms_the_same_words_find_nothing_about_travellers()
    {
        using var plain = SearchIndex.Build(SampleKnowledge.Documents());

        Assert.DoesNotContain(plain.Search("voyageurs", 5), h => h.Id == "action:B.6");
        Assert.Equal("action:B.6", index.Search("voyageurs", 1)[0].Id);
    }

    [Theory]
    [InlineData("qui ? quoi : où")]
    [InlineData("?")]
    [InlineData(": * ~ \" ( ) [ ] { } ^ \\ / AND OR NOT && || -+!")]
    public void Query_syntax_in_a_question_is_only_text(string question) =>
        Assert.Empty(index.Search(question, 5));

    [Fact]
    public void Query_syntax_around_words_does_not_stop_them_from_matching()
    {
        var hits = index.Search("cartographie? compétences: (réseau) AND \"OR\" ~2 ^3 *", 5);

        Assert.Equal("action:A.1.2.a", hits[0].Id);
    }

    [Theory]
    [InlineData("météo demain")]
    [InlineData("recette de crêpes")]
    [InlineData("xkcd zzzz qwerty")]
    public void Nonsense_and_out_of_scope_questions_find_nothing(string question) =>
        Assert.Empty(index.Search(question, 5));

    [Fact]
    public void Unrelated_questions_score_clearly_below_related_ones()
    {
        string[] related = ["Qui s'occupe de la cartographie des compétences du réseau ?", "groupe de travail financement", "voyageurs", "Combien d'habitants à Angers Loire Métropole ?"];
        string[] unrelated = ["Quel est le tarif du train Angers-Paris ?", "horaires de la piscine d'Angers", "prix du cinéma à Saumur"];

        var lowestRelated = related.Min(q => index.Search(q, 1)[0].Confidence);
        var highestUnrelated = unrelated.Max(q => index.Search(q, 1).Select(h => h.Confidence).DefaultIfEmpty(0).Max());

        Assert.True(lowestRelated >= 0.5, $"related {lowestRelated}");
        Assert.True(highestUnrelated <= 0.25, $"unrelated {highestUnrelated}");
    }

    [Fact]
    public void A_kind_restricts_the_hits_to_that_kind()
    {
        var hits = index.Search("France Services", 5, kind: "territory");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("territory", h.Kind));
        Assert.NotEqual("territory", index.Search("France Services", 1)[0].Kind);
    }

    [Fact]
    public void Hits_carry_the_document_title_and_come_best_first()
    {
        var hits = index.Search("bibliothèques BiblioPôle", 4);

        Assert.Equal(4, hits.Count);
        Assert.Equal("BiblioPôle", hits[0].Title);
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
        Assert.All(hits, h => Assert.InRange(h.Confidence, 0, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("qui est-ce ?")]
    public void A_question_without_meaningful_words_finds_nothing(string? question) =>
        Assert.Empty(index.Search(question, 5));

    [Fact]
    public void A_title_match_outranks_the_same_words_in_the_text()
    {
        using var small = SearchIndex.Build(
        [
            new("in-text", "topic", "Ateliers", "Des ateliers sur la parentalité numérique pour les familles."),
            new("in-title", "topic", "Parentalité numérique", "Des ateliers pour les familles."),
        ]);

        Assert.Equal(["in-title", "in-text"], small.Search("parentalité", 5).Select(h => h.Id));
    }

    [Fact]
    public void Keywords_find_a_document_whose_text_does_not_say_it()
    {
        using var small = SearchIndex.Build(
        [
            new("copil", "instance", "Comité de pilotage", "Se réunit une fois par an.", ["COPIL", "gouvernance"]),
            new("other", "instance", "Comité des partenaires", "Se réunit trois fois par an."),
        ]);

        Assert.Equal("copil", Assert.Single(small.Search("gouvernance", 5)).Id);
    }

    [Fact]
    public void A_boosted_document_outranks_an_equal_one()
    {
        using var small = SearchIndex.Build(
        [
            new("normal", "topic", "Médiation numérique", "Accompagner les habitants."),
            new("boosted", "topic", "Médiation numérique", "Accompagner les habitants.", Boost: 3f),
        ]);

        Assert.Equal(["boosted", "normal"], small.Search("médiation", 5).Select(h => h.Id));
    }

    [Fact]
    public void Two_documents_with_the_same_id_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SearchIndex.Build(
        [
            new("same", "topic", "Un", "Premier."),
            new("same", "topic", "Deux", "Second."),
        ]));

        Assert.Contains("same", error.Message);
    }

    [Fact]
    public void A_disposed_index_refuses_to_search()
    {
        var small = SearchIndex.Build([new("a", "topic", "Médiation", "Texte.")]);
        small.Dispose();
        small.Dispose();

        Assert.Throws<ObjectDisposedException>(() => small.Search("médiation", 5));
    }

    [Fact]
    public void Concurrent_searches_get_the_same_answers_as_one_at_a_time()
    {
        string[] questions = ["voyageurs", "cartographie des compétences", "groupe de travail financement", "biblio pole", "tarif du train"];
        var expected = questions.Select(Describe).ToArray();

        var results = new string[questions.Length * 40];
        Parallel.For(0, results.Length, i => results[i] = Describe(questions[i % questions.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % questions.Length], results[i]);
        }

        string Describe(string question) => string.Join(";", index.Search(question, 3).Select(h => $"{h.Id}:{h.Confidence}"));
    }

    /// <summary>One index for the whole class: building it is the slow part.</summary>
    public sealed class Corpus : IDisposable
    {
        public SearchIndex Index { get; } = SearchIndex.Build(SampleKnowledge.Documents(), SampleKnowledge.Synonyms);

        public void Dispose() => Index.Dispose();
    }
}
