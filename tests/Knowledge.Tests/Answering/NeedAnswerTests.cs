using Mednum49.Knowledge.Answering;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

/// <summary>A need and a place: the structures that serve the need, nearest first, and what the document does not know.</summary>
public sealed class NeedAnswerTests
{
    [Fact]
    public void An_administrative_need_in_a_former_commune_is_sent_to_the_france_services_of_its_commune()
    {
        var answer = Ask("je suis a vihiers, ou envoyer une dame de 80 ans pour ses demarches caf ?");

        Assert.Equal(QuestionKinds.Need, answer.Kind);
        Assert.Equal("place:france-services-lys-haut-layon", answer.Places[0].SourceId);
        Assert.Contains("Coin de la Rue", answer.Summary, StringComparison.Ordinal);
        AssertSays(answer, "ni adresse, ni horaires, ni téléphone");
    }

    [Fact]
    public void A_need_without_a_place_asks_for_the_commune()
    {
        var answer = Ask("j'ai besoin d'aide pour ma déclaration d'impôts");

        Assert.Equal(QuestionKinds.Need, answer.Kind);
        Assert.Contains("commune", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_asked_about_is_not_a_need()
    {
        var answer = Ask("Que fait la CAF pour les démarches ?");

        Assert.Equal(QuestionKinds.Organisation, answer.Kind);
    }

    [Fact]
    public void A_public_alone_in_a_place_stays_a_question_about_who_acts_there()
    {
        var answer = Ask("Qui accompagne les seniors à Segré ?");

        Assert.NotEqual(QuestionKinds.Need, answer.Kind);
        AssertSays(answer, "CCAS");
    }
}
