using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Model;

/// <summary>Facts of parts II and IV, Annexe 1 and the list of members: organisations, governance, agreement, context.</summary>
public sealed class NetworkFactsTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    [Theory]
    [InlineData("Cybanjou", "org:cybanjou")]
    [InlineData("CAF49", "org:caf-maine-et-loire")]
    [InlineData("CD49", "org:departement-maine-et-loire")]
    [InlineData("Fédération des centres sociaux 49/53", "org:federation-centres-sociaux")]
    [InlineData("ALM", "territory:angers-loire-metropole")]
    [InlineData("ABC", "territory:anjou-bleu-communaute")]
    [InlineData("CCLLA", "territory:loire-layon-aubance")]
    [InlineData("Vihierois", "subdivision:cholet-agglomeration/vihierois")]
    public void The_names_people_use_find_the_right_entity(string name, string id) =>
        Assert.Contains(Kb.FindByName(name), e => e.Id == id);

    [Fact]
    public void Cybanjou_keeps_its_written_name_and_is_run_by_the_federation_of_social_centres()
    {
        var cybanjou = Kb.Get<Organisation>("org:cybanjou");

        Assert.Equal("Cyb@njou", cybanjou.Name);
        Assert.Equal("org:federation-centres-sociaux", cybanjou.ParentId);
    }

    [Fact]
    public void Anjou_Numerique_is_a_mixed_syndicate_with_a_team_of_eight_conseillers_numeriques()
    {
        var anjouNumerique = Kb.Get<Organisation>("org:anjou-numerique");

        Assert.Equal("syndicat-mixte", anjouNumerique.Kind);
        Assert.Contains(anjouNumerique.Commitments, c => c.Contains("8 conseillers numériques", StringComparison.Ordinal));
        Assert.Contains("8 conseillers numériques", Kb.Get<ContextFact>("fact:anjou-numerique-inclusion").Figures);
    }

    [Fact]
    public void The_last_page_lists_fifteen_members()
    {
        Assert.Equal(15, Kb.Organisations.Count(o => o.IsMember));
        Assert.True(Kb.Get<Organisation>("org:iresa").IsMember);
        Assert.False(Kb.Get<Organisation>("org:la-poste").IsMember);
    }

    [Fact]
    public void The_MSA_manages_two_France_Services_including_the_one_of_Le_Lion_d_Angers()
    {
        Assert.Contains(Kb.Get<Organisation>("org:msa").Commitments, c => c.Contains("deux France Services", StringComparison.Ordinal));
        Assert.Equal(["org:msa"], Kb.Get<Place>("place:france-services-le-lion-d-angers").OperatorIds);
    }

    [Fact]
    public void The_CAF_commits_to_reaching_people_far_from_digital_and_to_the_CTG()
    {
        var caf = Kb.Get<Organisation>("org:caf-maine-et-loire");

        Assert.Equal(5, caf.Commitments.Count);
        Assert.Contains("topic:ctg", caf.TopicIds);
    }

    [Fact]
    public void The_partners_committee_meets_three_times_a_year()
    {
        var committee = Kb.Get<GovernanceInstance>("instance:comite-de-partenaires");

        Assert.Equal(3, committee.MeetingsPerYear);
        Assert.Equal("trois fois par an", committee.Frequency);
    }

    [Fact]
    public void The_steering_committee_meets_once_a_year_with_the_signatories_and_territories()
    {
        var steering = Kb.Get<GovernanceInstance>("instance:comite-de-pilotage");

        Assert.Equal(1, steering.MeetingsPerYear);
        Assert.Equal("des signataires de la feuille de route et des représentants des territoires", steering.Composition);
        Assert.Equal(14, steering.MemberIds.Count);
    }

    [Fact]
    public void The_animation_and_coordination_group_meets_as_needed_with_four_partners()
    {
        var group = Kb.Get<GovernanceInstance>("instance:groupe-animation-coordination");

        Assert.Null(group.MeetingsPerYear);
        Assert.Equal("autant que de besoin", group.Frequency);
        Assert.Equal(["org:departement-maine-et-loire", "org:prefecture-maine-et-loire", "org:anjou-numerique", "org:cybanjou"], group.MemberIds);
    }

    [Fact]
    public void The_agreement_lasts_three_years_follows_2020_2022_and_says_how_to_leave_or_join()
    {
        var agreement = Kb.Agreement;

        Assert.Equal(3, agreement.DurationYears);
        Assert.Equal("2020 – 2022", agreement.PreviousPeriod);
        Assert.Equal(5, agreement.Objectives.Count);
        Assert.Equal(3, agreement.Principles.Count);
        Assert.Equal("30 septembre de l'année n-1", agreement.WithdrawalDeadline);
        Assert.Contains("lettre recommandée", agreement.Withdrawal);
        Assert.Equal("instance:comite-de-pilotage", agreement.JoiningInstanceId);
        Assert.Equal("org:federation-centres-sociaux", agreement.FundedStructureId);
    }

    [Fact]
    public void Fourteen_people_signed_the_roadmap_and_eight_the_agreement()
    {
        Assert.Equal(14, Kb.People.Count(p => p.SignedRoadmap));
        Assert.Equal(8, Kb.People.Count(p => p.SignedAgreement));
        var prefect = Kb.Get<Person>("person:chopin-philippe");
        Assert.Equal("Philippe CHOPIN", prefect.Name);
        Assert.Equal("Préfet de Maine-et-Loire", prefect.Function);
        Assert.False(Kb.Get<Person>("person:gachet-robin").SignedAgreement);
    }

    [Fact]
    public void The_national_context_figures_are_kept_as_written()
    {
        Assert.Contains("250 millions d'euros", Kb.Get<ContextFact>("fact:france-relance").Figures);
        Assert.Contains("34 postes de conseillers numériques", Kb.Get<ContextFact>("fact:conseillers-numeriques-maine-et-loire").Figures);
        Assert.Equal(["2023-2027", "4 axes", "16 engagements"], Kb.Get<ContextFact>("fact:france-numerique-ensemble").Figures);
    }
}
