using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class PlacesAnswerTests
{
    [Fact]
    public void A_place_answer_does_not_say_its_description_again_in_other_words()
    {
        var answer = Ask("le cybercentre de Longué, c'est quoi ?");
        var text = Text(answer);

        // The fiche says "animé par un médiateur numérique associé au service de lecture publique" three times
        // (description, operator, bassin actor); the answer says it at most twice (description and the staff line).
        var count = text.Split("associé au service de lecture publique").Length - 1;
        Assert.InRange(count, 1, 2);
    }

    [Fact]
    public void The_france_services_of_a_territory_are_listed_with_their_sources()
    {
        var answer = Ask("Quelles France Services dans Anjou Bleu Communauté ?");
        var expected = EmbeddedKnowledgeBase.Current.Places.Where(p => p.IsFranceServices && p.TerritoryId == "territory:anjou-bleu-communaute").ToList();

        Assert.Equal(QuestionKinds.Places, answer.Kind);
        Assert.Equal(2, expected.Count);
        Assert.All(expected, p => Assert.Contains(answer.Places, a => a.SourceId == p.Id));
        AssertSays(answer, "Candé", "Ombrée");
    }

    [Fact]
    public void A_count_of_france_services_is_the_documents_figure_even_when_it_does_not_list_them()
    {
        var answer = Ask("Combien de France Services à Loire Layon Aubance ?");

        AssertSays(answer, "4 France Services", "d'après la feuille de route 2023-2025");
        Assert.DoesNotContain("ne signale pas", Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_france_services_in_the_commune_the_closest_ones_are_given_and_said_so()
    {
        var answer = Ask("Y a-t-il une France Services à Segré ?");

        Assert.StartsWith("La feuille de route ne signale pas de France Services", answer.Facts[0].Text, StringComparison.Ordinal);
        Assert.Contains(answer.Places, p => p.SourceId == "place:france-services-cande");
    }

    [Fact]
    public void Conseillers_are_counted_where_the_document_counts_them()
    {
        var answer = Ask("Combien de conseillers numériques à Cholet ?");

        AssertSays(answer, "3 conseillers numériques", "K'léidoscope");
        Assert.Contains(answer.Sources, s => s.Id == "staff:cholet-agglomeration/conseillers-cholet");
    }

    [Fact]
    public void Conseillers_of_the_whole_territory_answer_for_a_commune_that_has_none_of_its_own()
    {
        var answer = Ask("Y a-t-il un conseiller numérique à Durtal ?");

        AssertSays(answer, "conseillère numérique", "Anjou Loir et Sarthe");
        Assert.Contains(answer.Sources, s => s.Id == "staff:anjou-loir-et-sarthe/conseillere-epci");
    }

    [Fact]
    public void The_centres_sociaux_of_a_territory_are_all_listed()
    {
        var answer = Ask("Quels sont les centres sociaux de Cholet Agglomération ?");
        var kinds = new[] { "centre-social", "espace-de-vie-sociale", "mjc", "structure-animation-vie-sociale" };
        var expected = EmbeddedKnowledgeBase.Current.Places.Where(p => p.TerritoryId == "territory:cholet-agglomeration" && kinds.Contains(p.Kind)).ToList();

        Assert.Equal(8, expected.Count);
        Assert.All(expected, p => Assert.Contains(answer.Sources, s => s.Id == p.Id));
    }

    [Fact]
    public void A_fablab_is_found_in_a_commune()
    {
        AssertSays(Ask("Y a-t-il un fablab à Saumur ?"), "Scoope");
    }

    [Fact]
    public void A_named_place_is_answered_with_who_runs_it_and_where_it_is()
    {
        var answer = Ask("Qui porte la France Services du Lion-d'Angers ?");

        Assert.Equal(QuestionKinds.Place, answer.Kind);
        Assert.Equal("place:france-services-le-lion-d-angers", answer.Sources[0].Id);
        Assert.Contains(answer.Sources, s => s.Id == "org:msa");
        AssertSays(answer, "MSA", "Vallées du Haut Anjou");
    }

    [Fact]
    public void The_conseillers_of_the_department_come_from_the_documents_context()
    {
        var answer = Ask("Combien de conseillers numériques en Maine-et-Loire ?");
        var fact = EmbeddedKnowledgeBase.Current.Get<ContextFact>("fact:conseillers-numeriques-maine-et-loire");

        Assert.Contains(answer.Sources, s => s.Id == fact.Id);
        AssertSays(answer, "34");
    }

    [Fact]
    public void Several_places_in_one_question_are_answered_one_after_the_other()
    {
        var answer = Ask("Quelles France Services à Candé et à Durtal ?");

        Assert.Contains(answer.Places, p => p.SourceId == "place:france-services-cande");
        Assert.Contains(answer.Places, p => p.SourceId == "place:france-services-durtal");
        Assert.Contains(answer.Facts, f => f.Text.StartsWith("France Services — Candé", StringComparison.Ordinal));
        Assert.Contains(answer.Facts, f => f.Text.StartsWith("France Services — Durtal", StringComparison.Ordinal));
    }
}
