using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Model;

/// <summary>Facts of part V (Stratégie opérationnelle) checked against the loaded knowledge base.</summary>
public sealed class RoadmapFactsTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    private static string[] LeadNames(string id) =>
        [.. Kb.Get<RoadmapAction>(id).Leads.Select(l => l.UnitId is { } unit ? Kb.Get<OrganisationUnit>(unit).Name : Kb.Get<Organisation>(l.OrganisationId).Name)];

    [Fact]
    public void The_roadmap_has_five_axes_A_to_E_with_their_titles()
    {
        Assert.Equal(["A", "B", "C", "D", "E"], Kb.Axes.Select(a => a.Code));
        Assert.Equal("Former et sensibiliser les acteurs", Kb.Get<Axis>("axis:C").Title);
        Assert.Equal("Promouvoir un numérique responsable", Kb.Get<Axis>("axis:D").Title);
    }

    [Fact]
    public void Axis_A_groups_its_actions_by_strategy_funding_and_communication_and_axis_E_by_experiments_and_tools()
    {
        Assert.Equal(["Stratégie", "Financement", "Communication / Evénements"], Kb.Get<Axis>("axis:A").Themes);
        Assert.Equal(["Expérimentations", "Outils"], Kb.Get<Axis>("axis:E").Themes);
        Assert.Equal("Financement", Kb.Get<RoadmapAction>("action:A.2").Theme);
    }

    [Fact]
    public void B4_the_inventory_of_the_offer_is_led_by_the_BiblioPole_of_the_Departement()
    {
        var b4 = Kb.Get<RoadmapAction>("action:B.4");

        Assert.Equal("Outil de recensement de l'offre d'accompagnement aux usages numériques", b4.Title);
        Assert.Equal(new Lead("org:departement-maine-et-loire", "unit:bibliopole"), Assert.Single(b4.Leads));
        Assert.Equal("BiblioPôle", Kb.Get<OrganisationUnit>("unit:bibliopole").Name);
    }

    [Fact]
    public void B6_for_travellers_is_led_by_the_DAST_and_the_strategy_direction_of_the_Departement()
    {
        var b6 = Kb.Get<RoadmapAction>("action:B.6");

        Assert.Equal(["DAST", "Direction stratégie, organisation et projet"], LeadNames("action:B.6"));
        Assert.Contains("topic:gens-du-voyage", b6.TopicIds);
        Assert.Contains(b6, Kb.TaggedWith("topic:gens-du-voyage"));
    }

    [Fact]
    public void The_sub_actions_of_A12_keep_their_code_and_share_the_lead_of_Cybanjou()
    {
        var mapping = Kb.Get<RoadmapAction>("action:A.1.2.a");

        Assert.Equal("A.1.2.a", mapping.Code);
        Assert.Equal("Cartographie des compétences du réseau", mapping.Title);
        Assert.Equal("action:A.1.2", mapping.ParentId);
        Assert.True(mapping.LeadsInherited);
        Assert.Equal("org:cybanjou", Assert.Single(mapping.Leads).OrganisationId);
        Assert.Null(mapping.LeadAsWritten);
    }

    [Fact]
    public void The_funders_committee_A2_is_led_by_the_CAF49()
    {
        var a2 = Kb.Get<RoadmapAction>("action:A.2");

        Assert.Equal("Comité des financeurs « Accompagnement aux usages numériques »", a2.Title);
        Assert.Equal("CAF49", a2.LeadAsWritten);
        Assert.Equal("org:caf-maine-et-loire", Assert.Single(a2.Leads).OrganisationId);
    }

    [Fact]
    public void B3_is_co_led_by_Cybanjou_and_the_Prefecture()
    {
        Assert.Equal(["Cyb@njou", "Préfecture de Maine-et-Loire"], LeadNames("action:B.3"));
        Assert.Equal("Cyb@njou / Préfecture", Kb.Get<RoadmapAction>("action:B.3").LeadAsWritten);
    }

    [Fact]
    public void Axis_C_has_the_actions_C1_C2_C3_and_one_working_group()
    {
        Assert.Equal(["C.1", "C.2", "C.3"], Kb.ActionsOf("axis:C").Select(a => a.Code));
        Assert.Equal("org:francas", Assert.Single(Kb.Get<RoadmapAction>("action:C.3").Leads).OrganisationId);
        Assert.Equal("group:publics-precaires", Assert.Single(Kb.WorkingGroupsOf("axis:C")).Id);
    }

    [Fact]
    public void The_BiblioPole_leads_five_actions()
    {
        Assert.Equal(["A.3.3", "B.4", "B.5", "C.2", "E.2.2"], Kb.ActionsLedBy("unit:bibliopole").Select(a => a.Code));
    }

    [Fact]
    public void Anjou_Numerique_leads_six_actions_and_two_working_groups()
    {
        Assert.Equal(["B.1", "B.2", "B.7", "C.1", "D.1", "E.1"], Kb.ActionsLedBy("org:anjou-numerique").Select(a => a.Code));
        Assert.Equal(["group:recherche-de-financement", "group:accompagnement-a-domicile"], Kb.WorkingGroupsLedBy("org:anjou-numerique").Select(g => g.Id));
    }

    [Fact]
    public void The_reconditioning_group_is_led_by_IRESA_and_the_sobriety_group_by_the_federation_of_social_centres()
    {
        var reconditioning = Kb.Get<WorkingGroup>("group:reconditionnement");
        var sobriety = Kb.Get<WorkingGroup>("group:sobriete-numerique");

        Assert.Equal("axis:D", reconditioning.AxisId);
        Assert.Equal("org:iresa", Assert.Single(reconditioning.Leads).OrganisationId);
        Assert.Equal("Promouvoir un numérique responsable – formation à la sobriété numérique", sobriety.Title);
        Assert.Equal("org:federation-centres-sociaux", Assert.Single(sobriety.Leads).OrganisationId);
    }

    [Fact]
    public void Three_working_groups_have_no_lead_named_in_the_document()
    {
        Assert.Equal(
            ["group:benevoles", "group:engagement-des-mds", "group:publics-precaires"],
            Kb.WorkingGroups.Where(g => g.Leads.Count == 0).Select(g => g.Id));
    }

    [Fact]
    public void The_Angers_Loire_Metropole_coverage_group_is_led_by_the_Prefecture_and_about_that_territory()
    {
        var group = Kb.Get<WorkingGroup>("group:maillage-angers-loire-metropole");

        Assert.Equal("Préfecture", group.LeadAsWritten);
        Assert.Equal(["territory:angers-loire-metropole"], group.TerritoryIds);
    }
}
