using Mednum49.Knowledge.Places;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class PlacesLoaderTests
{
    private static readonly PlacesLoadResult Folder = PlacesLoader.Load(PlacesFixtures.Folder);

    private static OpenPlace Place(string id) => Assert.Single(Folder.Places, p => p.Id == id);

    [Fact]
    public void Every_file_of_the_folder_is_read_whatever_its_format()
    {
        Assert.Equal(["lieux-v0.csv", "lieux-v1.csv", "lieux.json"], Folder.Places.Select(p => p.File).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("10 places read, 8 kept, 2 skipped, " + Folder.Problems.Count + " problems", Folder.Summary);
        Assert.Empty(Folder.FileErrors);
    }

    [Fact]
    public void A_row_without_a_name_or_without_commune_and_insee_code_is_skipped_and_reported()
    {
        var skipped = Folder.Problems.Where(p => p.Skipped).ToList();

        Assert.Equal([("lieux-v1.csv", 6, "nom"), ("lieux-v1.csv", 7, "commune")], skipped.Select(p => (p.File, p.Line, p.Field)));
        Assert.DoesNotContain(Folder.Places, p => p.Id is "fixture-sans-nom" or "fixture-sans-commune");
    }

    [Fact]
    public void A_short_number_is_reported_and_only_the_phone_is_dropped()
    {
        var place = Place("fixture-espace-vihiers");

        Assert.Null(place.Phone);
        Assert.Equal("3 rue Inventée", place.Address);
        Assert.Contains(Folder.Problems, p => p is { File: "lieux-v1.csv", Line: 5, Field: "telephone" } && p.Reason.Contains("short number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_outside_the_vocabulary_is_dropped_and_the_others_kept()
    {
        Assert.Equal(["Aide aux démarches administratives"], Place("fixture-espace-vihiers").Services);
        Assert.Contains(Folder.Problems, p => p is { Line: 5, Field: "services" } && p.Reason.Contains("Service inventé", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_fields_are_reported_and_the_place_kept()
    {
        Assert.Null(Place("fixture-espace-vihiers").UpdatedOn);
        Assert.Contains(Folder.Problems, p => p is { Line: 5, Field: "date_maj" });
        Assert.Contains(Folder.Problems, p => p is { Line: 8, Field: "commune" });
    }

    [Fact]
    public void Bad_coordinates_are_dropped_together()
    {
        var place = Place("fixture-atelier-saumur");

        Assert.False(place.HasCoordinates);
        Assert.Contains(Folder.Problems, p => p is { Line: 8, Field: "latitude" });
    }

    [Fact]
    public void Both_separators_of_multiple_values_are_read()
    {
        Assert.Equal(["France Services", "Aidants Connect"], Place("fixture-fs-cande").Programmes);
        Assert.Equal(["Aide aux démarches administratives", "Parentalité et éducation avec le numérique"], Place("fixture-tiers-lieu").Services);
        Assert.Equal(["a@tiers-lieu-exemple.test", "b@tiers-lieu-exemple.test"], Place("fixture-tiers-lieu").Emails);
    }

    [Fact]
    public void Long_vocabulary_labels_are_read_as_the_standard_short_values()
    {
        Assert.Equal(["Gratuit"], Place("fixture-tiers-lieu").Fees);
        Assert.Equal(["Dans un atelier collectif"], Place("fixture-tiers-lieu").SupportModes);
    }

    [Fact]
    public void Phones_in_any_common_form_are_stored_in_the_international_form()
    {
        Assert.Equal("+33199000001", Place("fixture-fs-cande").Phone);
        Assert.Equal("+33199000002", Place("fixture-mediatheque").Phone);
        Assert.Equal("+33199000007", Place("fixture-tiers-lieu").Phone);
        Assert.Equal("+33199000008", Place("fixture-fs-allonnes").Phone);
    }

    [Fact]
    public void Dates_in_iso_date_time_or_french_form_give_the_day()
    {
        Assert.Equal(new DateOnly(2024, 9, 1), Place("fixture-point-angers").UpdatedOn);
        Assert.Equal(new DateOnly(2024, 6, 5), Place("fixture-fs-allonnes").UpdatedOn);
        Assert.Contains(Folder.Problems, p => p is { File: "lieux-v0.csv", Field: "date_maj" } && p.Reason.Contains("read as 2024-06-05", StringComparison.Ordinal));
    }

    [Fact]
    public void A_website_without_its_scheme_gets_https()
    {
        Assert.Equal(["https://www.mediatheque-imaginaire.test"], Place("fixture-mediatheque").Websites);
    }

    [Fact]
    public void An_id_used_twice_across_files_is_reported_and_both_places_kept()
    {
        Assert.Contains(Folder.Problems, p => p is { File: "lieux.json", Field: "id" });
        Assert.Single(Folder.Places, p => p.Id == "fixture-fs-cande");
        Assert.Single(Folder.Places, p => p.Name == "Lieu Au Même Identifiant");
    }

    [Fact]
    public void Files_that_cannot_be_read_are_reported_and_loading_continues()
    {
        var broken = PlacesLoader.Load(PlacesFixtures.Broken);

        Assert.Equal(["pas-un-tableau.csv", "sans-nom.csv"], broken.FileErrors.Select(e => e.File));
        Assert.Empty(broken.Places);
    }

    [Fact]
    public void One_file_can_be_given_instead_of_a_folder()
    {
        var one = PlacesLoader.Load(PlacesFixtures.File("lieux.json"));

        Assert.Equal(2, one.Kept);
    }

    [Fact]
    public void A_path_that_does_not_exist_gives_no_places()
    {
        Assert.Same(PlacesLoadResult.Empty, PlacesLoader.Load(Path.Combine(Path.GetTempPath(), "no-places-" + Guid.NewGuid())));
    }

    [Fact]
    public void Values_repeated_row_after_row_are_read_and_reported_on_every_row()
    {
        var file = Path.Combine(Path.GetTempPath(), $"repeated-places-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(file, string.Join('\n',
                "id,nom,commune,code_insee,adresse,date_maj,services,horaires",
                "r-1,Lieu fictif 1,Candé,49054,1 rue Fictive,2024-03-05,Aide aux démarches administratives|Service inventé,Mo-Fr 09:00-12:00",
                "r-2,Lieu fictif 2,Candé,49054,2 rue Fictive,2024-02-30,Aide aux démarches administratives|Service inventé,Mo-Fr 09:00-12:00",
                "r-3,Lieu fictif 3,Candé,49054,3 rue Fictive,2024-03-05T10:00:00Z,Aide aux démarches administratives|Service inventé,tous les jours sauf férié",
                "r-4,Lieu fictif 4,Candé,49054,4 rue Fictive,2024-3-5,Aide aux démarches administratives|Service inventé,tous les jours sauf férié"));

            var result = PlacesLoader.Load(file);

            Assert.All(result.Places, p => Assert.Equal(["Aide aux démarches administratives"], p.Services));
            Assert.Equal([2, 3, 4, 5], result.Problems.Where(p => p.Field == "services").Select(p => p.Line));
            Assert.Equal([4, 5], result.Problems.Where(p => p.Field == "horaires").Select(p => p.Line));
            Assert.Equal([new DateOnly(2024, 3, 5), null, new DateOnly(2024, 3, 5), null], result.Places.Select(p => p.UpdatedOn));
            Assert.Equal([3, 5], result.Problems.Where(p => p.Field == "date_maj").Select(p => p.Line));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
