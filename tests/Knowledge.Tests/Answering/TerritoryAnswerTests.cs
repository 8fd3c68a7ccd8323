using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Tests.Support;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class TerritoryAnswerTests
{
    [Fact]
    public void A_subdivision_answer_names_who_carries_the_actions_and_its_territory()
    {
        var answer = Ask("Qui s'occupe du Bocage ?");

        Assert.True(answer.Found);
        Assert.Equal(QuestionKinds.Territory, answer.Kind);
        Assert.Equal(AnswerConfidence.High, answer.Confidence);
        Assert.Contains(answer.Sources, s => s.Id == "subdivision:cholet-agglomeration/bocage" && s.Section == "Annexe 3 — Cholet Agglomération");
        AssertSays(answer, "Anjou Numérique", "Cholet Agglomération");
    }

    [Fact]
    public void A_commune_is_answered_with_its_bassin_its_places_and_who_acts_there()
    {
        var answer = Ask("Qui fait de la médiation numérique à Beaufort-en-Anjou ?");

        Assert.Contains(answer.Sources, s => s.Id == "subdivision:baugeois-vallee/entente-vallee");
        Assert.Contains(answer.Places, p => p.SourceId == "place:centre-social-toile-de-graines");
        Assert.Contains(answer.Places, p => p.SourceId == "place:france-services-beaufort-en-anjou");
        AssertSays(answer, "Toile de Graines", "Baugeois Vallée", "conseillère numérique");
    }

    [Fact]
    public void A_former_commune_is_answered_through_its_commune_nouvelle_and_polarite()
    {
        var answer = Ask("qui soccupe du numerique a vihiers");

        Assert.True(answer.Found);
        AssertSays(answer, "Lys-Haut-Layon", "Vihierois", "Le Coin de la Rue");
    }

    [Theory]
    [InlineData("Qui porte la médiation numérique à Chalonnes ?", "réseau local")]
    [InlineData("Qui s'occupe de Brissac ?", "Anjou Numérique")]
    [InlineData("Qui intervient à Longué-Jumelles ?", "cybercentre")]
    [InlineData("Que se passe-t-il à Loire-Authion ?", "AICLA")]
    public void Short_and_full_names_of_communes_and_subdivisions_are_found(string question, string expected)
    {
        var answer = Ask(question);

        Assert.True(answer.Found, Text(answer));
        AssertSays(answer, expected);
    }

    [Fact]
    public void A_whole_territory_is_summed_up_without_dumping_the_fiche()
    {
        var answer = Ask("Qui s'occupe de Mauges Communauté ?");
        var kb = EmbeddedKnowledgeBase.Current;
        var mauges = kb.Get<Mednum49.Knowledge.Model.Territory>("territory:mauges-communaute");

        Assert.Equal(mauges.Summary, answer.Summary);
        Assert.InRange(answer.Facts.Count, 4, AnswerBuilder.MaxFacts);
        Assert.InRange(answer.Places.Count, 1, AnswerBuilder.MaxPlaces);
        AssertSays(answer, "6 France Services", "Sèvremoine", "Anjou Numérique");
    }

    [Fact]
    public void A_topic_in_a_place_puts_the_structure_that_works_on_it_first()
    {
        var answer = Ask("Qui accompagne les seniors à Segré ?");

        Assert.Contains("CCAS de Segré", answer.Facts[0].Text);
        Assert.Equal("place:ccas-de-segre", answer.Facts[0].SourceId);
    }

    [Fact]
    public void Habitants_in_a_who_question_are_people_not_a_population_figure()
    {
        var answer = Ask("Qui accompagne les habitants de Montreuil-Bellay ?");

        Assert.Equal(QuestionKinds.Territory, answer.Kind);
        AssertSays(answer, "Centre social de Montreuil-Bellay");
    }
}
