using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Model;

/// <summary>Facts of Annexe 3, one or more per territory fiche.</summary>
public sealed class TerritoryFactsTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    private static Territory T(string slug) => Kb.Get<Territory>($"territory:{slug}");

    private static string[] FranceServicesCommunes(string slug) =>
        [.. Kb.PlacesOf(T(slug)).Where(p => p.IsFranceServices && p.CommuneId is not null).Select(p => Kb.Find(p.CommuneId!)!.Name)];

    [Fact]
    public void Angers_Loire_Metropole_is_partial_and_not_a_member_of_Anjou_Numerique()
    {
        var alm = T("angers-loire-metropole");

        Assert.Equal(303500, alm.Population!.Value);
        Assert.Equal("303 500hab.", alm.Population.AsWritten);
        Assert.Equal(29, alm.CommunesCount);
        Assert.False(alm.IsAnjouNumeriqueMember);
        Assert.True(alm.IsPartial);
        Assert.Equal(["Loire-Authion"], FranceServicesCommunes("angers-loire-metropole"));
        Assert.Equal(["place:aicla"], Kb.Get<Place>("place:bricolab").OperatorIds);
    }

    [Fact]
    public void Eight_territories_are_members_of_Anjou_Numerique()
    {
        Assert.Equal(8, Kb.Territories.Count(t => t.IsAnjouNumeriqueMember));
    }

    [Fact]
    public void Anjou_Bleu_Communaute_has_three_bassins_and_France_Services_in_Cande_and_Ombree_d_Anjou()
    {
        var abc = T("anjou-bleu-communaute");

        Assert.Equal(new PopulationFigure(34615, "34615 habitants en 2020", 2020), abc.Population);
        Assert.Equal(["Le Segréen", "Le Pouancéen", "Le Candéen"], Kb.SubdivisionsOf(abc).Select(s => s.Name));
        Assert.Equal(["Candé", "Ombrée d'Anjou"], FranceServicesCommunes("anjou-bleu-communaute"));
        Assert.Equal(5, Kb.Get<Subdivision>("subdivision:anjou-bleu-communaute/candeen").Communes.Count);
    }

    [Fact]
    public void In_Anjou_Bleu_the_second_conseiller_numerique_is_carried_by_Envol_at_Segre()
    {
        var envol = Kb.Get<StaffEntry>("staff:anjou-bleu-communaute/conseiller-envol");

        Assert.Equal("org:envol", envol.EmployerId);
        Assert.Equal("2022", envol.Since);
        Assert.Equal(["commune:49331"], envol.CommuneIds);
    }

    [Fact]
    public void Anjou_Loir_et_Sarthe_has_three_polarites_two_sous_polarites_and_the_first_itinerant_France_Services()
    {
        var als = T("anjou-loir-et-sarthe");
        var itinerant = Assert.Single(Kb.PlacesOf(als), p => p.Itinerant);

        Assert.Equal(17, als.CommunesCount);
        Assert.Equal(27998, als.Population!.Value);
        Assert.Equal(3, Kb.SubdivisionsOf(als).Count(s => s.Kind == "polarite"));
        Assert.Equal(["Jarzé-Villages", "Morannes-sur-Sarthe-Daumeray"], Kb.SubdivisionsOf(als).Where(s => s.Kind == "sous-polarite").Select(s => s.Name));
        Assert.Equal("été 2023", itinerant.Since);
        Assert.True(itinerant.IsFranceServices);
    }

    [Fact]
    public void Baugeois_Vallee_has_35_300_inhabitants_7_communes_and_Toile_de_Graines_at_the_heart_of_the_Entente_Vallee()
    {
        var bv = T("baugeois-vallee");
        var entente = Kb.Get<Subdivision>("subdivision:baugeois-vallee/entente-vallee");

        Assert.Equal("35 300 habitants", bv.Population!.AsWritten);
        Assert.Equal(7, bv.CommunesCount);
        Assert.Equal(["Beaufort-en-Anjou", "Mazé-Milon", "La Ménitré", "Les Bois d'Anjou"], entente.Communes.Select(c => Kb.Find(c.CommuneId)!.Name));
        Assert.Equal(["place:centre-social-toile-de-graines"], entente.CarriedByIds);
        Assert.Equal("commune:49021", Kb.Get<Place>("place:centre-social-toile-de-graines").CommuneId);
    }

    [Fact]
    public void The_Bocage_polarite_of_Cholet_Agglomeration_has_no_social_centre_and_its_actions_are_carried_by_Anjou_Numerique()
    {
        var bocage = Kb.Get<Subdivision>("subdivision:cholet-agglomeration/bocage");

        Assert.Equal(["org:anjou-numerique"], bocage.CarriedByIds);
        Assert.DoesNotContain(Kb.PlacesInSubdivision(bocage.Id), p => p.Kind == "centre-social");
        Assert.Contains("pas de centre social", bocage.Note);
    }

    [Fact]
    public void Cholet_Agglomeration_has_six_polarites_eight_social_centres_and_one_France_Services_run_by_Le_Coin_de_la_Rue()
    {
        var cholet = T("cholet-agglomeration");
        var franceServices = Kb.Get<Place>("place:france-services-lys-haut-layon");

        Assert.Equal(6, cholet.SubdivisionIds.Count);
        Assert.Equal(8, Kb.PlacesOf(cholet).Count(p => p.Kind == "centre-social"));
        Assert.Equal(["place:centre-socioculturel-le-coin-de-la-rue"], franceServices.OperatorIds);
        Assert.Equal("commune:49373", franceServices.CommuneId);
        Assert.Equal(("org:anjou-numerique", "mai 2022"), (cholet.Diagnostic!.ById, cholet.Diagnostic.Date));
        Assert.Equal(2, Kb.Get<StaffEntry>("staff:cholet-agglomeration/mediateurs-elie-chamard").Count);
    }

    [Fact]
    public void In_Loire_Layon_Aubance_two_conseiller_posts_ended_in_June_2023_and_Anjou_Numerique_stays_until_2027()
    {
        var lla = T("loire-layon-aubance");
        var ended = Kb.StaffOf(lla).Where(s => !s.IsActive).ToList();

        Assert.Equal("56 685 hab (Insee, 2023)", lla.Population!.AsWritten);
        Assert.Equal("mars 2022", lla.Diagnostic!.Date);
        Assert.Equal(2, ended.Count);
        Assert.All(ended, s => Assert.Contains("juin 2023", s.StatusNote));
        Assert.Equal("2027", Kb.Get<StaffEntry>("staff:loire-layon-aubance/conseillere-anjou-numerique").Until);
        Assert.Equal(4, lla.FranceServicesCount);
    }

    [Fact]
    public void Mauges_Communaute_has_six_France_Services_three_of_them_run_by_social_centres()
    {
        var mauges = T("mauges-communaute");
        var franceServices = Kb.PlacesOf(mauges).Where(p => p.IsFranceServices).ToList();

        Assert.Equal(120454, mauges.Population!.Value);
        Assert.Equal(6, franceServices.Count);
        Assert.Equal(3, franceServices.Count(p => p.OperatorIds.All(o => o.StartsWith("place:", StringComparison.Ordinal))));
        Assert.Equal("commune:49301", Kb.Get<StaffEntry>("staff:mauges-communaute/conseiller-sevremoine").EmployerId);
    }

    [Fact]
    public void Saumur_Val_de_Loire_has_45_communes_in_7_bassins_and_four_France_Services()
    {
        var svl = T("saumur-val-de-loire");
        var bassins = Kb.SubdivisionsOf(svl);

        Assert.Equal(45, svl.CommunesCount);
        Assert.Equal(7, bassins.Count);
        Assert.Equal(45, bassins.Sum(b => b.Communes.Count));
        Assert.Equal(["Doué-en-Anjou", "Montreuil-Bellay", "Gennes-Val-de-Loire", "Allonnes"], FranceServicesCommunes("saumur-val-de-loire"));
    }

    [Fact]
    public void Brain_sur_Allonnes_is_in_the_Allonnais_and_Mouliherne_in_the_Longueen()
    {
        Assert.Equal("Allonnais", Assert.Single(Kb.SubdivisionsOf("commune:49041")).Name);
        Assert.Equal("Longuéen", Assert.Single(Kb.SubdivisionsOf("commune:49221")).Name);
    }

    [Fact]
    public void Vallees_du_Haut_Anjou_is_partial_because_its_third_bassin_is_not_named()
    {
        var vha = T("vallees-du-haut-anjou");

        Assert.True(vha.IsPartial);
        Assert.Equal(3, vha.SubdivisionsCount);
        Assert.Equal(2, vha.SubdivisionIds.Count);
        Assert.Equal(16, vha.CommunesCount);
        Assert.Equal(15, Kb.CommunesOf(vha).Count);
        Assert.Equal("2021", Kb.Get<Place>("place:cybercentre-de-champigne").Closed);
    }

    [Fact]
    public void Three_France_Services_in_Vallees_du_Haut_Anjou_two_run_by_the_communaute_de_communes_one_by_the_MSA()
    {
        var franceServices = Kb.PlacesOf(T("vallees-du-haut-anjou")).Where(p => p.IsFranceServices).ToList();

        Assert.Equal(3, franceServices.Count);
        Assert.Equal(2, franceServices.Count(p => p.OperatorIds.SequenceEqual(["territory:vallees-du-haut-anjou"])));
        Assert.Equal("former-commune:49183", Kb.Get<Place>("place:france-services-le-louroux-beconnais").CommuneId);
    }
}
