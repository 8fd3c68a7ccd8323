using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class OpenPlaceAnswerTests
{
    private static string Text(string question) => AnswerText.Render(PlacesFixtures.Ask(question));

    [Fact]
    public void The_phone_of_a_roadmap_place_comes_from_the_file_with_its_date_and_source()
    {
        var answer = PlacesFixtures.Ask("Quel est le téléphone de la France Services de Candé ?");

        Assert.True(answer.Found);
        EmbeddedEngine.AssertSays(answer, "01 99 00 00 01", "mis à jour le 5 mars 2024", "Fixture fictive", "lieux-v1.csv");
        Assert.Contains(answer.Sources, s => s.Id == "place:france-services-cande");
    }

    [Theory]
    [InlineData("adresse de la médiathèque imaginaire", "2 place de la Fiction, 49800 Trélazé")]
    [InlineData("mail du tiers-lieu de l'exemple ?", "a@tiers-lieu-exemple.test")]
    [InlineData("site web de la Médiathèque Imaginaire", "https://www.mediatheque-imaginaire.test")]
    [InlineData("numéro du point numérique de test", "01 99 00 00 09")]
    [InlineData("quels services propose l'atelier numérique de démonstration ?", "Parentalité et éducation avec le numérique")]
    [InlineData("horaires de la médiathèque imaginaire à Trélazé", "le mardi et le jeudi, 14 h–18 h")]
    [InlineData("où se trouve le tiers lieu de l'exemple ?", "7 chemin du Test")]
    public void Each_detail_of_a_place_named_as_in_the_file_is_given(string question, string expected)
    {
        EmbeddedEngine.AssertSays(PlacesFixtures.Ask(question), expected);
    }

    [Fact]
    public void A_generic_name_with_the_commune_finds_the_place_of_that_commune()
    {
        EmbeddedEngine.AssertSays(PlacesFixtures.Ask("téléphone de l'espace numérique à Vihiers ?"), "Espace Numérique Fictif", "ne donne pas de numéro de téléphone", "3 rue Inventée");
    }

    [Fact]
    public void Open_today_is_answered_for_the_date_in_paris()
    {
        // PlacesFixtures.Now: Thursday 3 December 2026, 10:30 in Paris.
        EmbeddedEngine.AssertSays(PlacesFixtures.Ask("La France Services de Candé est-elle ouverte aujourd'hui ?"), "jeudi 3 décembre", "ouvert en ce moment, jusqu'à 12 h");
    }

    [Fact]
    public void A_weekday_gives_the_hours_of_that_day()
    {
        EmbeddedEngine.AssertSays(PlacesFixtures.Ask("la médiathèque imaginaire est-elle ouverte le samedi ?"), "Le samedi : ouvert 10 h–17 h");
    }

    [Fact]
    public void Hours_that_are_not_in_the_osm_format_are_shown_as_written()
    {
        EmbeddedEngine.AssertSays(PlacesFixtures.Ask("horaires de l'atelier numérique de démonstration"), "sur rendez-vous uniquement, appeler avant");
    }

    [Fact]
    public void Several_places_that_fit_equally_are_offered_as_choices_that_answer_when_picked()
    {
        var answer = PlacesFixtures.Ask("téléphone de la France Services ?");

        Assert.Equal(2, answer.Choices.Count);
        var picked = PlacesFixtures.Ask(answer.Choices.Single(c => c.Label.Contains("Allonnes", StringComparison.Ordinal)).Query);
        EmbeddedEngine.AssertSays(picked, "01 99 00 00 08");
    }

    [Fact]
    public void A_place_named_alone_gives_its_contact_details()
    {
        var answer = PlacesFixtures.Ask("Médiathèque Imaginaire ?");

        EmbeddedEngine.AssertSays(answer, "2 place de la Fiction", "01 99 00 00 02", "accueil@mediatheque-imaginaire.test");
        var place = Assert.Single(answer.Places);
        Assert.Equal("tel:+33199000002", place.Contact?.PhoneUri);
        Assert.StartsWith("https://www.openstreetmap.org/?mlat=47.4456&mlon=-0.465", place.Contact?.MapUrl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("France Services à Candé ?")]
    [InlineData("Qui s'occupe du Vihierois ?")]
    [InlineData("Qui porte l'action B.6 ?")]
    public void Roadmap_questions_are_answered_as_without_the_files(string question)
    {
        Assert.Equal(AnswerText.Render(EmbeddedEngine.Ask(question)), Text(question));
    }

    [Fact]
    public void A_roadmap_place_no_file_describes_still_gets_the_roadmap_answer()
    {
        Assert.Equal(AnswerText.Render(EmbeddedEngine.Ask("téléphone de la France Services de Durtal ?")), Text("téléphone de la France Services de Durtal ?"));
    }

    [Theory]
    [InlineData("quels services ?", "Parentalité et éducation avec le numérique")]
    [InlineData("ils proposent quoi ?", "Parentalité et éducation avec le numérique")]
    [InlineData("c'est gratuit ?", "Frais")]
    public void A_follow_up_asking_a_detail_of_the_place_answers_it_for_the_place_of_the_conversation(string followUp, string expected)
    {
        var first = PlacesFixtures.Ask("téléphone du tiers-lieu de l'exemple");

        var answer = PlacesFixtures.Current.Ask(followUp, first.Context);

        EmbeddedEngine.AssertSays(answer, "Tiers-Lieu de l'Exemple", expected);
    }

    [Fact]
    public void A_communes_answer_adds_the_open_data_places_the_roadmap_does_not_name_with_their_contacts()
    {
        var answer = PlacesFixtures.Ask("Qui s'occupe d'Allonnes ?");

        EmbeddedEngine.AssertSays(answer, "Lieux de médiation numérique à Allonnes (données ouvertes)", "Tiers-Lieu de l'Exemple", "7 chemin du Test");
        Assert.DoesNotContain("données ouvertes", AnswerText.Render(EmbeddedEngine.Ask("Qui s'occupe d'Allonnes ?")), StringComparison.Ordinal);
    }
}
