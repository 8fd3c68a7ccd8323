using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Model;

/// <summary>The official geography and how the document's names and dates fit it.</summary>
public sealed class GeographyFactsTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    private static IKnowledgeEntity Named(string name) => Assert.Single(Kb.FindByName(name), e => e is Commune or FormerCommune);

    [Theory]
    [InlineData("Vihiers", "Lys-Haut-Layon", "Cholet Agglomération")]
    [InlineData("Segré", "Segré-en-Anjou Bleu", "Anjou Bleu Communauté")]
    [InlineData("Saint-Florent-le-Vieil", "Mauges-sur-Loire", "Mauges Communauté")]
    [InlineData("Champigné", "Les Hauts-d'Anjou", "Vallées du Haut Anjou")]
    public void A_former_commune_leads_to_its_commune_and_territory(string formerName, string communeName, string territoryName)
    {
        var former = Assert.IsType<FormerCommune>(Named(formerName));

        Assert.Equal(communeName, Kb.CommuneOf(former.Id)!.Name);
        Assert.Equal(territoryName, Kb.TerritoryOf(former.Id)!.Name);
    }

    [Theory]
    [InlineData("Moulherne", "Mouliherne")]
    [InlineData("Mazé-Millon", "Mazé-Milon")]
    [InlineData("La Ménière", "La Ménitré")]
    [InlineData("Cizay-la-Madelaine", "Cizay-la-Madeleine")]
    [InlineData("maze milon", "Mazé-Milon")]
    public void The_document_spellings_find_the_official_commune(string spelling, string official)
    {
        var commune = Assert.IsType<Commune>(Named(spelling));

        Assert.Equal(official, commune.Name);
    }

    [Fact]
    public void Saint_Sigismond_keeps_both_the_document_fact_and_the_2024_geography_with_their_dates()
    {
        var saintSigismond = Assert.IsType<FormerCommune>(Named("Saint-Sigismond"));
        var ouestAnjou = Assert.Single(Kb.SubdivisionsOf(saintSigismond.Id));

        Assert.Equal("Ingrandes-le-Fresne-sur-Loire", Kb.CommuneOf(saintSigismond.Id)!.Name);
        Assert.Null(Kb.TerritoryOf(saintSigismond.Id));
        Assert.Equal("subdivision:vallees-du-haut-anjou/ouest-anjou", ouestAnjou.Id);
        Assert.NotNull(Assert.Single(ouestAnjou.Communes, c => c.CommuneId == saintSigismond.Id).Note);
        Assert.Equal(["2023", "2024-01-01"], Kb.HistoryOf(saintSigismond.Id).Select(h => h.Date));
    }

    [Fact]
    public void The_communes_carry_their_INSEE_code_postal_codes_EPCI_and_2024_population()
    {
        var angers = Kb.Get<Commune>("commune:49007");
        var cholet = Kb.Get<Commune>("commune:49099");

        Assert.Equal(["49000", "49100"], angers.PostalCodes);
        Assert.Equal("epci:244900015", angers.EpciId);
        Assert.Equal(53936, cholet.Population2024);
        Assert.Equal("Cholet Agglomération", Kb.TerritoryOf(cholet.Id)!.Name);
    }

    [Fact]
    public void Maine_et_Loire_has_nine_territories_of_its_own_plus_one_commune_of_the_Pays_d_Ancenis()
    {
        Assert.Equal(10, Kb.Epcis.Count);
        var compa = Assert.Single(Kb.Epcis, e => Kb.TerritoryOfEpci(e.Id) is null);
        Assert.Equal(["Ingrandes-le-Fresne-sur-Loire"], Kb.Communes.Where(c => c.EpciId == compa.Id).Select(c => c.Name));
    }

    [Fact]
    public void Places_are_found_in_a_commune_through_its_former_communes()
    {
        var places = Kb.PlacesIn("commune:49080").Select(p => p.Id);

        Assert.Equal(["place:france-services-chateauneuf-sur-sarthe", "place:cybercentre-de-champigne"], places);
    }
}
