using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Model;

/// <summary>Facts of Annexe 4, the list of participants.</summary>
public sealed class ContactFactsTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    [Fact]
    public void The_contact_of_Les_Francas_is_Thomas_Brault()
    {
        var person = Assert.Single(Kb.PeopleOf("org:francas"), p => p.IsParticipant);

        Assert.Equal("BRAULT", person.LastName);
        Assert.Equal("Thomas", person.FirstName);
    }

    [Fact]
    public void A_participant_is_found_by_last_name_or_as_written_in_the_list()
    {
        Assert.Equal("person:brault-thomas", Assert.Single(Kb.FindByName("Brault")).Id);
        Assert.Equal("person:brault-thomas", Assert.Single(Kb.FindByName("BRAULT Thomas")).Id);
        Assert.Equal(2, Kb.FindByName("Pineau").Count);
    }

    [Fact]
    public void The_CPAM_is_represented_by_Sebastien_Caro_and_Gwenael_Rousseau()
    {
        Assert.Equal(["CARO", "ROUSSEAU"], Kb.PeopleOf("org:cpam-maine-et-loire").Where(p => p.IsParticipant).Select(p => p.LastName));
    }

    [Fact]
    public void The_BiblioPole_has_two_participants_found_by_their_unit()
    {
        Assert.Equal(["person:bernard-sandrine", "person:boue-benjamin"], Kb.PeopleOf("unit:bibliopole").Select(p => p.Id));
        Assert.Equal("Département de Maine-et-Loire - Bibliopôle", Kb.Get<Person>("person:bernard-sandrine").StructureAsWritten);
    }

    [Fact]
    public void The_two_Pineau_are_two_people_of_two_structures()
    {
        var fabienne = Kb.Get<Person>("person:pineau-fabienne");
        var annie = Kb.Get<Person>("person:pineau-annie");

        Assert.Equal("org:pole-emploi", fabienne.StructureId);
        Assert.Equal("commune:49007", annie.StructureId);
        Assert.Equal("Ville d'Angers", annie.StructureAsWritten);
    }

    [Fact]
    public void A_participant_can_belong_to_a_local_place()
    {
        var olivier = Kb.Get<Person>("person:bomard-olivier");
        var place = Kb.Get<Place>(olivier.StructureId);

        Assert.Equal("Centre social du Douessin", place.Name);
        Assert.Equal("territory:saumur-val-de-loire", place.TerritoryId);
    }

    [Fact]
    public void The_participants_keep_the_names_and_order_of_the_list()
    {
        var participants = Kb.Participants;

        Assert.Equal(40, participants.Count);
        Assert.Equal("person:audouin-christophe", participants[0].Id);
        Assert.Equal("person:tusseau-sebastien", participants[^1].Id);
        Assert.Equal("Cyb@njou - Fédération des Centres Sociaux 49/53", Kb.Get<Person>("person:herail-laura").StructureAsWritten);
    }
}
