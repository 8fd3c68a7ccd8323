using Mednum49.Knowledge.Answering;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class AnswerTextTests
{
    private static readonly Answer Sample = new()
    {
        Question = "France Services à Candé ?",
        Found = true,
        Title = "Anjou Bleu Communauté — France Services",
        Facts = [new AnswerFact("Deux France Services : Candé et Ombrée d'Anjou.")],
        People = [new AnswerPerson("Thomas Brault", "Les Francas")],
        Places = [new AnswerPlace("France Services de Candé", "Candé"), new AnswerPlace("Espace socioculturel", "Candé")],
        Sources = [new AnswerSource("territory:anjou-bleu", "Annexe 3 — Anjou Bleu Communauté"), new AnswerSource("place:x", "Annexe 3 — Anjou Bleu Communauté")],
        FollowUps = [new AnswerChoice("Conseillers numériques", "conseillers numériques Anjou Bleu")],
    };

    [Fact]
    public void Every_part_of_the_answer_is_rendered_in_order()
    {
        var text = AnswerText.Render(Sample);

        var order = new[] { "Anjou Bleu Communauté — France Services", "- Deux France Services", "Contacts :", "- Thomas Brault (Les Francas)", "Lieux :", "Source : ", "Vous pouvez aussi demander : Conseillers numériques" }
            .Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void A_place_named_after_its_commune_does_not_repeat_it_and_sources_are_not_repeated()
    {
        var text = AnswerText.Render(Sample);

        Assert.Contains("- France Services de Candé\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("- Espace socioculturel (Candé)", text);
        Assert.Single(text.Split("Annexe 3 — Anjou Bleu Communauté").Skip(1));
    }

    [Fact]
    public void A_commune_written_without_its_hyphens_or_accents_is_not_repeated_after_the_place()
    {
        var text = AnswerText.Render(Sample with { Places = [new AnswerPlace("France Services d'Orée-d'Anjou", "Orée d'Anjou"), new AnswerPlace("Centre social Planty", "Cholet")] });

        Assert.Contains("- France Services d'Orée-d'Anjou\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("- Centre social Planty (Cholet)", text);
    }

    [Fact]
    public void A_narrative_replaces_the_fact_lines_but_keeps_the_sources()
    {
        var text = AnswerText.Render(Sample with { Narrative = "Vous trouverez deux France Services [1]." });

        Assert.Contains("Vous trouverez deux France Services [1].", text);
        Assert.DoesNotContain("- Deux France Services", text);
        Assert.Contains("Source : Annexe 3", text);
    }

    [Fact]
    public void Choices_are_numbered_so_a_text_channel_can_answer_with_a_number()
    {
        var text = AnswerText.Render(new Answer
        {
            Question = "vallée",
            Title = "Plusieurs réponses possibles",
            Choices = [new AnswerChoice("Baugeois Vallée", "Baugeois Vallée"), new AnswerChoice("Vallées du Haut Anjou", "Vallées du Haut Anjou")],
        });

        Assert.Contains("1. Baugeois Vallée", text);
        Assert.Contains("2. Vallées du Haut Anjou", text);
    }

    [Fact]
    public void A_place_with_contact_details_from_a_file_shows_them_on_its_line()
    {
        var contact = new PlaceContact(
            Address: "1 rue de l'Exemple, 49440 Candé", Phone: "01 99 00 00 01", PhoneUri: "tel:+33199000001", Email: "contact@fs-cande.exemple.test",
            Website: "https://fs-cande.exemple.test", MapUrl: "https://www.openstreetmap.org/?mlat=47.5601&mlon=-1.0362#map=17/47.5601/-1.0362",
            Hours: "du lundi au vendredi, 9 h–12 h\net 14 h–17 h 30");
        var text = AnswerText.Render(Sample with { Places = [new AnswerPlace("France Services de Candé", "Candé", Contact: contact), new AnswerPlace("Espace socioculturel", "Candé")] });

        var line = text.ReplaceLineEndings("\n").Split('\n').Single(l => l.StartsWith("- France Services de Candé", StringComparison.Ordinal));
        Assert.Equal(
            "- France Services de Candé — Adresse : 1 rue de l'Exemple, 49440 Candé · Horaires : du lundi au vendredi, 9 h–12 h et 14 h–17 h 30 · Tél. : 01 99 00 00 01 · "
            + "E-mail : contact@fs-cande.exemple.test · Site web : https://fs-cande.exemple.test · Plan : https://www.openstreetmap.org/?mlat=47.5601&mlon=-1.0362#map=17/47.5601/-1.0362",
            line);
        Assert.Contains("- Espace socioculturel (Candé)\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_place_with_only_some_details_shows_those_and_no_empty_label()
    {
        var text = AnswerText.Render(Sample with { Places = [new AnswerPlace("Médiathèque fictive", "Trélazé", Contact: new PlaceContact(Phone: "01 99 00 00 02", Email: " "))] });

        Assert.Contains("- Médiathèque fictive (Trélazé) — Tél. : 01 99 00 00 02\n", text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("E-mail", text);
        Assert.Null(PlaceContactText.Line(new PlaceContact()));
    }

    [Fact]
    public void A_place_of_the_open_data_files_asked_in_the_console_comes_with_its_phone_and_address()
    {
        var text = AnswerText.Render(Support.PlacesFixtures.Ask("Médiathèque Imaginaire ?"));

        Assert.Matches(@"- Médiathèque Imaginaire.* — Adresse : 2 place de la Fiction, 49800 Trélazé · .*Tél\. : 01 99 00 00 02 · E-mail : accueil@mediatheque-imaginaire\.test", text);
        Assert.Contains("Plan : https://www.openstreetmap.org/", text);
    }
}
