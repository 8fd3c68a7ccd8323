using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class RoadmapAnswerTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    [Theory]
    [InlineData("Qui porte l'action B.4 ?")]
    [InlineData("action b4")]
    [InlineData("c'est quoi l'action B 4")]
    [InlineData("qui porte laction b-4")]
    public void An_action_code_in_any_form_gives_the_action_and_its_lead(string question)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionKinds.Action, answer.Kind);
        Assert.Equal("action:B.4", answer.Sources[0].Id);
        Assert.Equal("V. Stratégie opérationnelle — Axe B", answer.Sources[0].Section);
        AssertSays(answer, Kb.Get<RoadmapAction>("action:B.4").LeadAsWritten!);
    }

    [Fact]
    public void A_sub_action_without_a_lead_of_its_own_is_carried_by_its_parents_lead()
    {
        var answer = Ask("Qui s'occupe de la cartographie des compétences du réseau ?");

        Assert.Equal("action:A.1.2.a", answer.Sources[0].Id);
        AssertSays(answer, "Cyb@njou", "A.1.2");
    }

    [Fact]
    public void The_actions_of_an_axis_are_all_listed()
    {
        var answer = Ask("Quelles sont les actions de l'axe C ?");

        Assert.All(Kb.ActionsOf("axis:C"), a => AssertSays(answer, a.Code, a.Title));
    }

    [Fact]
    public void A_group_of_codes_lists_its_actions()
    {
        var answer = Ask("Qui porte les actions A.3 ?");

        Assert.All(Kb.Actions.Where(a => a.Code.StartsWith("A.3.", StringComparison.Ordinal)), a => Assert.Contains(answer.Sources, s => s.Id == a.Id));
    }

    [Fact]
    public void A_code_the_roadmap_does_not_have_is_not_answered_with_another_action()
    {
        var answer = Ask("Qui porte l'action B.9 ?");

        Assert.False(answer.Found);
        Assert.Contains("B.9", answer.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Sources, s => s.Id.StartsWith("action:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_action_found_by_its_name_or_alias_gives_its_lead()
    {
        AssertSays(Ask("Qui porte les Promeneurs du net ?"), "C.3", "Les Francas");
        AssertSays(Ask("La fabrique du numérique, c'est qui ?"), "A.3.3", "BiblioPôle");
    }

    [Fact]
    public void A_topic_gives_its_actions_with_their_leads_and_contacts()
    {
        var answer = Ask("Qui s'occupe des gens du voyage ?");

        Assert.Equal(QuestionKinds.Topic, answer.Kind);
        Assert.Contains(answer.Sources, s => s.Id == "action:B.6");
        Assert.Contains(answer.People, p => p.SourceId == "person:hemery-cecile");
        AssertSays(answer, "DAST");
    }

    [Fact]
    public void Actions_on_a_topic_are_all_given()
    {
        var answer = Ask("Quelles actions pour les bibliothèques ?");
        var expected = Kb.Actions.Where(a => a.TopicIds.Contains("topic:bibliotheques")).ToList();

        Assert.All(expected, a => AssertSays(answer, a.Code));
        AssertSays(answer, "BiblioPôle");
    }

    [Theory]
    [InlineData("Qui anime le groupe de travail reconditionnement ?", "group:reconditionnement", "IRESA")]
    [InlineData("Qui anime le groupe de travail sur la sobriété numérique ?", "group:sobriete-numerique", "centres sociaux")]
    [InlineData("groupe de travail financement", "group:recherche-de-financement", "Cyb@njou")]
    [InlineData("Qui pilote le groupe accompagnement à domicile ?", "group:accompagnement-a-domicile", "Anjou numérique")]
    public void A_working_group_is_found_by_its_theme_with_its_lead(string question, string id, string lead)
    {
        var answer = Ask(question);

        Assert.Equal(id, answer.Sources[0].Id);
        AssertSays(answer, lead);
    }

    [Theory]
    [InlineData("Quels sont les groupes de travail ?")]
    [InlineData("groupes de travail")]
    [InlineData("qui anime les groupes de travail")]
    public void All_working_groups_can_be_listed(string question)
    {
        var groups = Ask(question);

        Assert.All(Kb.WorkingGroups, g => Assert.Contains(groups.Sources, s => s.Id == g.Id));
    }

    [Fact]
    public void All_axes_can_be_listed()
    {
        var axes = Ask("Quels sont les axes de la feuille de route ?");

        Assert.All(Kb.Axes, a => AssertSays(axes, a.Title));
    }
}
