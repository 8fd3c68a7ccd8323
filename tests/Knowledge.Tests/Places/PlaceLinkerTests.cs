using Mednum49.Knowledge.Places;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class PlaceLinkerTests
{
    private static OpenPlace Place(string id) => PlacesFixtures.KnowledgeBase.OpenData.Find(id) ?? throw new InvalidOperationException($"No fixture place {id}.");

    [Fact]
    public void A_place_is_attached_to_its_commune_subdivision_epci_and_territory()
    {
        var links = Place("fixture-fs-cande").Links;

        Assert.Equal("commune:49054", links.CommuneId);
        Assert.Equal("epci:244900809", links.EpciId);
        Assert.Equal("territory:anjou-bleu-communaute", links.TerritoryId);
        Assert.Contains("subdivision:anjou-bleu-communaute/candeen", links.SubdivisionIds);
    }

    [Fact]
    public void A_place_of_the_same_commune_with_a_close_name_is_the_roadmap_place()
    {
        Assert.Equal("place:france-services-cande", Place("fixture-fs-cande").Links.EntityId);
        Assert.Equal("place:france-services-allonnes", Place("fixture-fs-allonnes").Links.EntityId);
        Assert.Equal(["fixture-fs-cande"], PlacesFixtures.KnowledgeBase.OpenData.Of("place:france-services-cande").Select(p => p.Id));
    }

    [Fact]
    public void A_place_the_roadmap_does_not_name_is_linked_to_nothing()
    {
        Assert.Null(Place("fixture-mediatheque").Links.EntityId);
        Assert.Null(Place("fixture-tiers-lieu").Links.EntityId);
    }

    [Fact]
    public void The_name_of_a_former_commune_with_the_code_of_its_commune_nouvelle_gives_the_former_commune()
    {
        var links = Place("fixture-espace-vihiers").Links;

        Assert.Equal("commune:49373", links.CommuneId);
        Assert.Equal("former-commune:49373", links.FormerCommuneId);
        Assert.Contains(PlacesFixtures.KnowledgeBase.OpenData.InCommune("former-commune:49373"), p => p.Id == "fixture-espace-vihiers");
    }

    [Fact]
    public void The_insee_code_alone_locates_a_place()
    {
        Assert.Equal("commune:49328", Place("fixture-atelier-saumur").Links.CommuneId);
    }

    [Fact]
    public void The_commune_name_and_postal_code_locate_a_place_without_insee_code()
    {
        Assert.Equal("commune:49099", PlacesFixtures.KnowledgeBase.OpenData.All.Single(p => p.Name == "Lieu Au Même Identifiant").Links.CommuneId);
    }

    [Fact]
    public void An_explicit_link_of_the_yaml_wins_over_names()
    {
        var kb = PlacesFixtures.KnowledgeBase;
        var link = new OpenDataLink("place:france-services-cande", ["Médiathèque Imaginaire"], [], null, "test.yaml", 1);
        var open = OpenPlaces.Build(kb, PlacesLoader.Load(PlacesFixtures.Folder), [link], PlacesFixtures.Folder);

        Assert.Contains(open.Of("place:france-services-cande"), p => p.Id == "fixture-mediatheque");
    }

    [Fact]
    public void Linking_many_places_at_once_gives_each_place_the_links_it_gets_alone_but_a_roadmap_place_only_to_those_that_resemble_it_most()
    {
        var kb = PlacesFixtures.KnowledgeBase;
        var file = Path.Combine(Path.GetTempPath(), $"linker-places-{Guid.NewGuid():N}.csv");
        try
        {
            Mednum49.Knowledge.Benchmarks.SamplePlaces.Write(file, kb, 500);
            var read = PlacesLoader.Load(file).Places.Concat(PlacesLoader.Load(PlacesFixtures.Folder).Places).ToList();

            var together = OpenPlaces.Link(kb, new PlacesLoadResult(read, [], [], read.Count), kb.OpenDataLinks);

            Assert.Equal(read.Count, together.Count);
            Assert.Contains(together, p => p.Links.EntityId is not null);
            for (var i = 0; i < read.Count; i++)
            {
                var alone = new PlaceLinker(kb, kb.OpenDataLinks).Link(read[i]).Links;
                var links = together[i].Links;
                Assert.Equal((alone.CommuneId, alone.FormerCommuneId, alone.EpciId, alone.TerritoryId), (links.CommuneId, links.FormerCommuneId, links.EpciId, links.TerritoryId));
                if (links.EntityId != alone.EntityId)
                {
                    // Left for another place of the file that resembles that roadmap place more.
                    Assert.StartsWith("place:", alone.EntityId, StringComparison.Ordinal);
                    Assert.Contains(together, p => p.Links.EntityId == alone.EntityId);
                }
                Assert.Equal(alone.SubdivisionIds, links.SubdivisionIds);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
