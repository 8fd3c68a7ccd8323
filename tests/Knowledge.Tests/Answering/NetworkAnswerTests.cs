using System.Text.RegularExpressions;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed partial class NetworkAnswerTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    [Theory]
    [InlineData("Que fait le CD49 ?")]
    [InlineData("que fait le conseil departemental")]
    [InlineData("Quel est le rôle du Département ?")]
    public void An_organisation_by_any_of_its_names_gives_its_role_and_the_actions_it_leads(string question)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionKinds.Organisation, answer.Kind);
        Assert.Equal("org:departement-maine-et-loire", answer.Sources[0].Id);
        Assert.All(Kb.ActionsLedBy("org:departement-maine-et-loire"), a => AssertSays(answer, a.Code));
    }

    [Fact]
    public void A_service_of_an_organisation_gives_the_actions_it_leads()
    {
        var answer = Ask("Quelles actions porte le BiblioPôle ?");

        Assert.Equal("unit:bibliopole", answer.Sources[0].Id);
        Assert.All(Kb.ActionsLedBy("unit:bibliopole"), a => AssertSays(answer, a.Code));
    }

    [Fact]
    public void The_frequency_of_an_instance_comes_first()
    {
        var answer = Ask("À quelle fréquence se réunit le comité de pilotage ?");

        Assert.Equal(QuestionKinds.Governance, answer.Kind);
        Assert.Contains("une fois par an", answer.Facts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_composition_of_an_instance_names_its_members()
    {
        var answer = Ask("Qui siège au groupe animation et coordination ?");
        var instance = Kb.Get<GovernanceInstance>("instance:groupe-animation-coordination");

        Assert.Contains(instance.Composition, answer.Facts[0].Text, StringComparison.Ordinal);
        Assert.All(instance.MemberIds, id => Assert.Contains(answer.Sources, s => s.Id == id));
    }

    [Theory]
    [InlineData("Comment un partenaire peut-il quitter l'accord ?", "30 septembre")]
    [InlineData("Quelle est la durée de l'accord de coopération ?", "trois ans")]
    [InlineData("Comment un nouveau partenaire rejoint la Mednum49 ?", "instance de pilotage")]
    public void The_cooperation_agreement_answers_what_is_asked_about_it(string question, string expected)
    {
        var answer = Ask(question);

        Assert.Equal("agreement:accord-de-cooperation", answer.Sources[0].Id);
        Assert.Contains(Folded(expected), Folded(answer.Facts[0].Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Qui a signé la feuille de route pour la CAF ?", "person:bonamy-cecile")]
    [InlineData("Qui est le président d'Anjou Numérique ?", "person:chalopin-philippe")]
    [InlineData("Qui a signé pour la MSA ?", "person:rambaud-frederic")]
    public void The_signatory_of_an_organisation_is_given_with_its_function(string question, string person)
    {
        var answer = Ask(question);
        var signatory = Kb.Get<Person>(person);

        Assert.Equal(person, Assert.Single(answer.People).SourceId);
        AssertSays(answer, signatory.Function!);
    }

    [Fact]
    public void All_signatories_are_listed()
    {
        var answer = Ask("Qui sont les signataires de la feuille de route ?");

        Assert.All(Kb.Signatories.Where(p => p.SignedRoadmap), p => AssertSays(answer, p.LastName));
    }

    [Fact]
    public void The_contacts_of_a_unit_are_exactly_its_people()
    {
        var answer = Ask("Qui est le contact du BiblioPôle ?");

        Assert.Equal(QuestionKinds.Contacts, answer.Kind);
        Assert.Equal(
            Kb.PeopleOf("unit:bibliopole").Where(p => p.UnitId == "unit:bibliopole").Select(p => p.Id).Order(),
            answer.People.Select(p => p.SourceId!).Order());
    }

    [Fact]
    public void Asked_for_a_phone_number_the_answer_says_the_document_gives_none_and_names_the_people()
    {
        var answer = Ask("Quel est le numéro de téléphone de la CAF ?");

        AssertSays(answer, "ne donne pas de numéro de téléphone", "Gilles", "Sergent");
        Assert.DoesNotMatch(PhoneNumber(), Text(answer));
    }

    [Fact]
    public void The_contacts_for_a_topic_are_the_people_of_its_leads()
    {
        var answer = Ask("Qui contacter pour les gens du voyage ?");

        Assert.Equal(["person:hemery-cecile", "person:janitor-helene"], answer.People.Select(p => p.SourceId!).Order());
    }

    [Fact]
    public void A_person_is_introduced_with_the_structure_they_represent()
    {
        var answer = Ask("Qui est Judith Borbely ?");

        Assert.Equal("person:borbely-judith", answer.People[0].SourceId);
        AssertSays(answer, "IRESA");
    }

    [Fact]
    public void National_context_is_answered_with_its_figures()
    {
        AssertSays(Ask("France Numérique Ensemble"), "2023-2027", "16 engagements");
    }

    [GeneratedRegex(@"\b0\d([ .]?\d{2}){4}\b")]
    private static partial Regex PhoneNumber();
}
