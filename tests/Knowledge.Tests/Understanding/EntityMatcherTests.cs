using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Tests.Understanding;

public sealed class EntityMatcherTests
{
    /// <summary>Names of the roadmap and the reference geography, as the knowledge base would list them.</summary>
    private static readonly EntityMatcher Matcher = EntityMatcher.Build(
    [
        new("epci:cholet", "epci", ["Cholet Agglomération"]),
        new("epci:svl", "epci", ["Saumur Val de Loire"]),
        new("epci:vha", "epci", ["Vallées du Haut-Anjou", "Vallée"]),
        new("epci:abc", "epci", ["Anjou Bleu Communauté"]),
        new("epci:bv", "epci", ["Baugeois Vallée", "Vallée"]),
        new("region:anjou", "region", ["Anjou"]),
        new("commune:49099", "commune", ["Cholet"]),
        new("commune:49328", "commune", ["Saumur"]),
        new("bassin:saumur", "bassin", ["Saumur"]),
        new("commune:49373", "commune", ["Lys-Haut-Layon"]),
        new("polarite:vihierois", "polarite", ["Le Vihierois"]),
        new("commune:49054", "commune", ["Candé"]),
        new("commune:49331", "commune", ["Segré-en-Anjou Bleu"]),
        new("former:49331", "former-commune", ["Segré"]),
        new("commune:49050", "commune", ["Brissac Loire Aubance"]),
        new("former:49050", "former-commune", ["Brissac-Quincé"]),
        new("former:49248", "former-commune", ["Pouancé"]),
        new("former:49180", "former-commune", ["Luigné"]),
        new("former:49058", "former-commune", ["Chacé"]),
        new("commune:49176", "commune", ["Le Lion-d'Angers"]),
        new("commune:49352", "commune", ["Toutlemonde"]),
        new("commune:49302", "commune", ["Saint-Macaire-du-Bois"]),
        new("commune:49032", "commune", ["Blou"]),
        new("organisation:cybanjou", "organisation", ["Cyb@njou"]),
        new("organisation:chlorofil", "organisation", ["Chloro'Fil"]),
        new("polarite:chlorofil", "polarite", ["Chloro'Fil"]),
        new("organisation:bibliopole", "organisation", ["BiblioPôle"]),
        new("topic:gtn49", "topic", ["GTN49"]),
        new("topic:gens-du-voyage", "topic", ["gens du voyage"]),
        new("person:pineau-fabienne", "person", ["Fabienne Pineau", "Pineau"]),
        new("person:pineau-annie", "person", ["Annie Pineau", "Pineau"]),
        new("nothing:stop-words", "topic", ["Les", "de la"]),
    ]);

    [Theory]
    [InlineData("cholet agglo", "epci:cholet")]
    [InlineData("lys haut layon", "commune:49373")]
    [InlineData("LYS-HAUT-LAYON", "commune:49373")]
    [InlineData("biblio pole", "organisation:bibliopole")]
    [InlineData("bibliopole", "organisation:bibliopole")]
    [InlineData("cybanjou", "organisation:cybanjou")]
    [InlineData("Cyb@njou", "organisation:cybanjou")]
    [InlineData("segre", "former:49331")]
    [InlineData("segre en anjou bleu", "commune:49331")]
    [InlineData("le lion d angers", "commune:49176")]
    [InlineData("lion d'angers", "commune:49176")]
    [InlineData("st macaire du bois", "commune:49302")]
    [InlineData("toutlemonde", "commune:49352")]
    public void Names_typed_without_accents_punctuation_or_article_match_exactly(string question, string entityId)
    {
        var match = Assert.Single(Matcher.Match(question));

        Assert.Equal(MatchExactness.Exact, match.Exactness);
        Assert.Equal(0, match.Distance);
        Assert.Equal(entityId, Assert.Single(match.Entities).EntityId);
        Assert.Equal(question, match.Text);
    }

    [Theory]
    [InlineData("chlorofil")]
    [InlineData("chloro fil")]
    [InlineData("Chloro’Fil")]
    public void A_name_with_internal_punctuation_matches_however_it_is_typed(string question)
    {
        var match = Assert.Single(Matcher.Match(question));

        Assert.True(match.IsExact);
        Assert.Equal(["organisation:chlorofil", "polarite:chlorofil"], match.Entities.Select(e => e.EntityId));
    }

    [Theory]
    [InlineData("vihierrois", "polarite:vihierois", 1)]
    [InlineData("vihierois", "polarite:vihierois", 0)]
    [InlineData("saumur val de loir", "epci:svl", 1)]
    [InlineData("gens du voyages", "topic:gens-du-voyage", 1)]
    [InlineData("valees du haut anjou", "epci:vha", 1)]
    [InlineData("cybanjuo", "organisation:cybanjou", 1)]
    [InlineData("saint macaire du boix", "commune:49302", 1)]
    [InlineData("vihieroiss", "polarite:vihierois", 1)]
    [InlineData("vhieroiss", "polarite:vihierois", 2)]
    public void A_typo_or_two_in_a_longer_name_is_tolerated_and_reported(string question, string entityId, int distance)
    {
        var match = Assert.Single(Matcher.Match(question));

        Assert.Equal(entityId, Assert.Single(match.Entities).EntityId);
        Assert.Equal(distance, match.Distance);
        Assert.Equal(distance == 0 ? MatchExactness.Exact : MatchExactness.Fuzzy, match.Exactness);
        Assert.Equal(question, match.Text);
    }

    [Theory]
    [InlineData("Quelle est la population de Saumur Val de Loire ?", "Saumur Val de Loire", "epci:svl")]
    [InlineData("Qui s'occupe des Vallées du Haut-Anjou ?", "Vallées du Haut-Anjou", "epci:vha")]
    [InlineData("france services segré en anjou bleu", "segré en anjou bleu", "commune:49331")]
    [InlineData("Cholet Agglomération", "Cholet Agglomération", "epci:cholet")]
    public void The_longest_name_wins_over_the_names_it_contains(string question, string text, string entityId)
    {
        var match = Assert.Single(Matcher.Match(question));

        Assert.Equal(text, match.Text);
        Assert.Equal(entityId, Assert.Single(match.Entities).EntityId);
    }

    [Theory]
    [InlineData("Qui s'occupe de Saumur ?", "Saumur", new[] { "commune:49328", "bassin:saumur" })]
    [InlineData("le contact pineau", "pineau", new[] { "person:pineau-fabienne", "person:pineau-annie" })]
    [InlineData("la vallée", "vallée", new[] { "epci:vha", "epci:bv" })]
    public void Every_entity_sharing_the_name_is_returned_so_the_engine_can_ask(string question, string text, string[] entityIds)
    {
        var match = Assert.Single(Matcher.Match(question));

        Assert.Equal(text, match.Text);
        Assert.True(match.IsAmbiguous);
        Assert.Equal(entityIds, match.Entities.Select(e => e.EntityId));
    }

    [Fact]
    public void Mentions_are_reported_in_question_order_with_their_span()
    {
        const string question = "Où sont Candé, Cyb@njou et le Vihierois ?";

        var matches = Matcher.Match(question);

        Assert.Equal(["commune:49054", "organisation:cybanjou", "polarite:vihierois"], matches.Select(m => m.Entities.Single().EntityId));
        Assert.Equal(["Candé", "Cyb@njou", "le Vihierois"], matches.Select(m => question.Substring(m.Start, m.Length)));
        Assert.Equal(matches.Select(m => m.Text), matches.Select(m => question.Substring(m.Start, m.Length)));
    }

    [Theory]
    [InlineData("de la les du en a")]
    [InlineData("Les")]
    [InlineData("de la")]
    public void Stop_words_never_match_on_their_own(string question) =>
        Assert.Empty(Matcher.Match(question));

    [Theory]
    [InlineData("Dans quel bassin ?")]
    [InlineData("pour qui ?")]
    [InlineData("je cherche de l'aide pour remplir un formulaire en ligne")]
    [InlineData("pas de chance")]
    [InlineData("tout le monde")]
    [InlineData("les bassins et les polarités")]
    public void Everyday_words_are_not_corrected_into_names(string question) =>
        Assert.Empty(Matcher.Match(question));

    [Theory]
    [InlineData("blau")]
    [InlineData("gtn48")]
    [InlineData("cande49")]
    public void Short_words_and_numbers_are_never_corrected(string question) =>
        Assert.Empty(Matcher.Match(question));

    [Theory]
    [InlineData("brissac", new[] { "commune:49050", "former:49050" })]
    [InlineData("baugeois", new[] { "epci:bv" })]
    [InlineData("anjou bleu", new[] { "epci:abc" })]
    public void The_first_words_of_a_name_are_a_partial_match(string question, string[] entityIds)
    {
        var match = Assert.Single(Matcher.Match(question));

        Assert.Equal(MatchExactness.Partial, match.Exactness);
        Assert.False(match.IsExact);
        Assert.Equal(entityIds, match.Entities.Select(e => e.EntityId));
    }

    [Fact]
    public void A_whole_name_beats_the_longer_name_it_begins()
    {
        var cholet = Assert.Single(Matcher.Match("cholet"));
        var anjou = Assert.Single(Matcher.Match("anjou"));

        Assert.Equal("commune:49099", Assert.Single(cholet.Entities).EntityId);
        Assert.Equal("region:anjou", Assert.Single(anjou.Entities).EntityId);
        Assert.True(cholet.IsExact && anjou.IsExact);
    }

    [Fact]
    public void Names_made_only_of_stop_words_are_not_in_the_gazetteer()
    {
        var matcher = EntityMatcher.Build([new("a", "topic", ["Les", "de la"]), new("b", "commune", ["Candé"])]);

        Assert.Equal(1, matcher.FormCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void An_empty_question_matches_nothing(string? question) =>
        Assert.Empty(Matcher.Match(question));

    [Fact]
    public void An_empty_gazetteer_matches_nothing() =>
        Assert.Empty(EntityMatcher.Build([]).Match("Cholet Agglomération"));

    [Fact]
    public void Concurrent_questions_get_the_same_answers_as_one_at_a_time()
    {
        string[] questions = ["cholet agglo", "vihierrois", "Qui s'occupe de Saumur ?", "brissac", "chloro fil", "saumur val de loir"];
        var expected = questions.Select(Describe).ToArray();

        var results = new string[questions.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = Describe(questions[i % questions.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % questions.Length], results[i]);
        }

        static string Describe(string question) =>
            string.Join(";", Matcher.Match(question).Select(m => $"{m.Start}+{m.Length}:{m.Exactness}{m.Distance}:{string.Join(",", m.Entities.Select(e => e.EntityId))}"));
    }
}
