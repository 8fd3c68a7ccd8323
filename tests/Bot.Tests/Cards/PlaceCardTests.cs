using Mednum49.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

public sealed class PlaceCardTests
{
    private static IReadOnlyList<JObject> Links(JToken card) => CardJson.OfType(card, "Action.OpenUrl");

    [Fact]
    public void A_place_from_the_open_data_files_gets_its_address_and_call_mail_website_and_map_buttons()
    {
        var card = AnswerCard.Create(PlaceAnswers.Cande());

        var links = Links(card);
        Assert.Equal(["01 99 00 00 01", "contact@fs-cande.exemple.test", PlaceContactLine.WebsiteTitle, PlaceContactLine.MapTitle], links.Select(l => (string)l["title"]!));
        Assert.Equal(
        [
            "tel:+33199000001",
            "mailto:contact@fs-cande.exemple.test",
            "https://fs-cande.exemple.test/",
            "https://www.openstreetmap.org/?mlat=47.5601&mlon=-1.0362#map=17/47.5601/-1.0362",
        ], links.Select(l => (string)l["url"]!));
        Assert.Contains(CardJson.Lines(card), line => line.StartsWith("Adresse : 1 rue de l'Exemple", StringComparison.Ordinal));
    }

    [Fact]
    public void The_buttons_of_a_place_follow_its_line_in_the_places_section()
    {
        var card = AnswerCard.Create(PlaceAnswers.Cande());
        var body = ((JArray)card["body"]!).Cast<JObject>().ToList();

        var section = body.Single(e => (string?)e["type"] == "Container" && e.ToString().Contains("tel:+33199000001", StringComparison.Ordinal));
        var items = ((JArray)section["items"]!).Cast<JObject>().ToList();
        var placeLine = items.FindIndex(i => i.ToString().Contains("France Services de Candé", StringComparison.Ordinal));
        var buttons = items.FindIndex(i => (string?)i["type"] == "ActionSet");
        Assert.InRange(placeLine, 0, buttons - 1);
    }

    [Fact]
    public void A_website_given_without_a_scheme_opens_over_https()
    {
        var card = AnswerCard.Create(PlaceAnswers.Mediatheque());

        Assert.Contains(Links(card), l => (string?)l["url"] == "https://www.mediatheque-imaginaire.test/" && (string?)l["title"] == PlaceContactLine.WebsiteTitle);
    }

    [Fact]
    public void Every_row_of_links_stays_within_the_actions_a_set_may_hold_even_for_many_places()
    {
        var card = AnswerCard.Create(PlaceAnswers.Many());

        var sets = CardJson.OfType(card, "ActionSet");
        Assert.All(sets, set => Assert.InRange(((JArray)set["actions"]!).Count, 1, CardActions.MaxPerSet));
        // Six places shown, three more behind « Voir tout », each with its four links.
        Assert.Equal(9 * 4, Links(card).Count);
        Assert.Contains(Links(card), l => (string?)l["url"] == "tel:+33199000009");
    }

    [Fact]
    public void Links_a_client_must_not_open_are_dropped_and_the_values_stay_readable_as_literal_text()
    {
        var card = AnswerCard.Create(PlaceAnswers.Unsafe());

        Assert.Empty(Links(card));
        var lines = CardJson.Lines(card);
        Assert.Contains("Tél. : 01 99 00 00 07", lines);
        Assert.Contains("Adresse : 1 rue [du](javascript:x) <Test>", lines);
        Assert.DoesNotContain("javascript:", CardJson.TextBlocks(card).Aggregate("", string.Concat), StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_without_contact_details_has_no_link_button()
    {
        Assert.Empty(Links(AnswerCard.Create(SampleAnswers.Found())));
    }
}
