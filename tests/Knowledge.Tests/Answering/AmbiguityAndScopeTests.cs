using Mednum49.Knowledge.Answering;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class AmbiguityAndScopeTests
{
    [Fact]
    public void A_name_shared_by_several_territories_offers_the_choices()
    {
        var answer = Ask("Vallée");

        Assert.True(answer.Found);
        Assert.Equal(QuestionKinds.Ambiguous, answer.Kind);
        Assert.Contains("Plusieurs réponses", answer.Title, StringComparison.Ordinal);
        Assert.Contains(answer.Choices, c => c.Label.StartsWith("Baugeois Vallée", StringComparison.Ordinal));
        Assert.Contains(answer.Choices, c => c.Label.StartsWith("Vallées du Haut Anjou", StringComparison.Ordinal));
        Assert.Contains(answer.Choices, c => c.Label.StartsWith("L'Entente-Vallée", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_choice_sent_back_is_answered_without_asking_again()
    {
        foreach (var choice in Ask("Qui s'occupe de la Vallée ?").Choices)
        {
            var answer = Ask(choice.Query);

            Assert.True(answer.Found, choice.Query);
            Assert.Empty(answer.Choices);
        }
    }

    [Fact]
    public void Two_people_with_the_same_last_name_are_offered_as_choices()
    {
        var answer = Ask("Pineau");

        Assert.Equal(2, answer.Choices.Count);
        Assert.Contains(answer.Choices, c => c.Label.Contains("Pôle emploi", StringComparison.Ordinal));
        Assert.Contains(answer.Choices, c => c.Label.Contains("Ville d'Angers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Qui s'occupe du bassin de Saumur ?", "subdivision:saumur-val-de-loire/saumur")]
    [InlineData("population Saumur Val de Loire", "territory:saumur-val-de-loire")]
    [InlineData("Qui s'occupe de Cholet ?", "subdivision:cholet-agglomeration/cholet")]
    [InlineData("Qui s'occupe de Chloro'Fil ?", "subdivision:cholet-agglomeration/chloro-fil")]
    public void A_name_that_designates_related_things_is_answered_without_asking(string question, string source)
    {
        var answer = Ask(question);

        Assert.Empty(answer.Choices);
        Assert.Contains(answer.Sources, s => s.Id == source);
    }

    [Theory]
    [InlineData("Quel temps fera-t-il demain à Angers ?")]
    [InlineData("Donne-moi une recette de crêpes")]
    [InlineData("Qui a gagné le match d'Angers SCO ?")]
    [InlineData("Quel est le tarif du train Angers-Paris ?")]
    [InlineData("Combien coûte un abonnement fibre ?")]
    [InlineData("Qui s'occupe de la médiation numérique à Nantes ?")]
    [InlineData("conseiller numérique à Rennes")]
    [InlineData("horaires de la mairie de Paris")]
    [InlineData("conseiller numérique Brest")]
    [InlineData("Que fait Emmaüs ?")]
    [InlineData("Qui est le maire de Saumur ?")]
    [InlineData("Quelle est la meilleure pizzeria d'Angers ?")]
    [InlineData("Où est la piscine de Saumur ?")]
    [InlineData("le prochain concert à Cholet")]
    [InlineData("conseiller numerique paris")]
    [InlineData("médiation numérique nantes")]
    [InlineData("france services le mans")]
    public void A_question_outside_the_knowledge_base_is_not_found_and_suggests_what_the_bot_can_do(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Found, Text(answer));
        Assert.Equal(QuestionKinds.OutOfScope, answer.Kind);
        Assert.Empty(answer.Sources);
        Assert.Empty(answer.Places);
        Assert.Empty(answer.People);
        Assert.InRange(answer.FollowUps.Count, 2, 3);
        Assert.All(answer.FollowUps, f => Assert.True(Ask(f.Query).Found, f.Query));
    }

    [Fact]
    public void An_unknown_city_is_named_in_the_answer_even_when_the_topic_is_in_scope()
    {
        var answer = Ask("Qui s'occupe de la médiation numérique à Laval ?");

        Assert.False(answer.Found);
        Assert.Contains("Laval", answer.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qui s'occupe du numérique à Chalonnes")]
    [InlineData("Qui propose un accompagnement à domicile ?")]
    [InlineData("Y a-t-il des ateliers à distance ?")]
    [InlineData("Qui aide les familles dans le Bocage ?")]
    public void Everyday_words_after_a_preposition_are_not_unknown_places(string question)
    {
        Assert.True(Ask(question).Found, Text(Ask(question)));
    }

    [Theory]
    [InlineData("Où est la France Services de Candé ?")]
    [InlineData("la cartographie des compétences")]
    [InlineData("Que fait la fédération des centres sociaux ?")]
    [InlineData("Quel est le rôle du comité de partenaires ?")]
    [InlineData("Qui porte la meilleure offre de la polarité du Candéen ?")]
    [InlineData("mon père habite à Vihiers, où peut-il se faire aider pour ses démarches ?")]
    [InlineData("Je cherche quelqu'un pour aider ma grand-mère à Chalonnes-sur-Loire")]
    public void A_known_subject_after_an_article_is_answered(string question)
    {
        Assert.True(Ask(question).Found, Text(Ask(question)));
    }

    [Theory]
    [InlineData("qui soccupe du vihierrois", "Coin de la Rue")]
    [InlineData("franse service cande", "Candé")]
    [InlineData("populasion baugeois vallee", "35 300")]
    [InlineData("conseiller numerique sevremoine", "Sèvremoine")]
    [InlineData("groupe de travaille reconditionement", "IRESA")]
    [InlineData("qui s'ocupe des gens du voyages", "B.6")]
    [InlineData("les bassins de saumur val de loir", "Longuéen")]
    public void Typos_and_missing_accents_are_understood(string question, string expected)
    {
        var answer = Ask(question);

        Assert.True(answer.Found, Text(answer));
        AssertSays(answer, expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bonjour")]
    public void An_empty_message_or_a_greeting_gets_the_help(string question)
    {
        var answer = Ask(question);

        // A greeting is small talk, answered (issue 11); an empty message is not.
        Assert.Equal(question.Trim().Length > 0, answer.Found);
        Assert.Equal(QuestionKinds.Help, answer.Kind);
        Assert.NotEmpty(answer.FollowUps);
    }

    [Fact]
    public void A_very_long_or_odd_message_is_answered_without_error()
    {
        var answers = new[] { new string('a', 5_000), "qui ? quoi : où", "@@@ ### ;;;", "B.6 B.7 B.8 C.1 D.1 E.2.3", string.Join(' ', Enumerable.Repeat("Vallée", 300)) }.Select(Ask);

        Assert.All(answers, a => Assert.False(string.IsNullOrWhiteSpace(a.Title)));
    }
}
