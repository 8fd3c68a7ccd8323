using Mednum49.Bot.Cards;
using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

public sealed class AnswerCardTests
{
    [Fact]
    public void A_found_answer_shows_title_summary_facts_people_places_and_source_in_that_order()
    {
        var card = AnswerCard.Create(SampleAnswers.Found());

        Assert.Equal(
        [
            "Cholet Agglomération — polarité du Vihierois",
            "Le Vihierois est l'une des 6 polarités de Cholet Agglomération.",
            "• Le territoire du Vihierois a entamé un travail de structuration de son offre.",
            "• Une seule France Services sur le territoire, portée par le Centre Socioculturel « Le Coin de la Rue ».",
            "Contacts",
            "• Coordinatrice CTG — Cholet Agglomération, co-anime le groupe de travail intercommunal",
            "Lieux",
            "• France Services du Centre Socioculturel Le Coin de la Rue (Lys-Haut-Layon) — France Services",
            "Source : Annexe 3 — Cholet Agglomération",
        ], CardJson.Lines(card));
    }

    [Fact]
    public void The_title_is_prominent_the_source_subtle_and_contact_names_bold()
    {
        var card = AnswerCard.Create(SampleAnswers.Found());
        var runs = CardJson.OfType(card, "TextRun");

        var title = runs.Single(r => (string)r["text"]! == "Cholet Agglomération — polarité du Vihierois");
        Assert.Equal("Bolder", (string?)title["weight"]);
        Assert.Equal("Medium", (string?)title["size"]);
        var source = runs.Single(r => ((string)r["text"]!).StartsWith("Source : ", StringComparison.Ordinal));
        Assert.True((bool?)source["isSubtle"]);
        Assert.Equal("Bolder", (string?)runs.Single(r => (string)r["text"]! == "Coordinatrice CTG")["weight"]);
        Assert.True((bool?)CardJson.OfType(card, "RichTextBlock").Last()["separator"]);
    }

    [Fact]
    public void Follow_ups_are_buttons_that_send_their_query_back_as_typed_text()
    {
        var card = AnswerCard.Create(SampleAnswers.Found());

        var buttons = CardJson.TrailingButtons(card);

        Assert.Equal(["Conseillers numériques", "Centres sociaux"], buttons.Select(b => (string)b["title"]!));
        var first = buttons[0];
        Assert.Equal("Action.Submit", (string?)first["type"]);
        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", (string?)first["data"]![CardActions.QueryProperty]);
        var teams = (JObject)first["data"]!["msteams"]!;
        Assert.Equal("messageBack", (string?)teams["type"]);
        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", (string?)teams["text"]);
        Assert.Equal("Conseillers numériques", (string?)teams["displayText"]);
        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", (string?)teams["value"]![CardActions.QueryProperty]);
    }

    [Fact]
    public void Follow_up_buttons_can_be_left_to_suggested_actions()
    {
        var card = AnswerCard.Create(SampleAnswers.Found(), followUpButtons: false);

        Assert.Empty(CardJson.Buttons(card));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void An_ambiguous_answer_shows_its_choices_as_buttons_under_the_prompt()
    {
        var card = AnswerCard.Create(SampleAnswers.Ambiguous());

        var lines = CardJson.Lines(card);
        Assert.Equal(["Plusieurs centres sociaux correspondent", "Précisez votre demande :", "Source : Annexe 3 — Cholet Agglomération"], lines);
        var body = ((JArray)card["body"]!).ToList();
        var prompt = body.Single(e => (string?)e["text"] == "Précisez votre demande :");
        var buttons = body.Skip(body.IndexOf(prompt) + 1).TakeWhile(e => (string?)e["type"] == "ActionSet").SelectMany(set => set["actions"]!).ToList();
        Assert.Equal(
            ["Centre social Le Coin de la Rue", "Centre social Chloro'Fil", "Centre social Ocsigène"],
            buttons.Select(a => (string)a["data"]![CardActions.QueryProperty]!));
        Assert.Equal(["Le Coin de la Rue", "Chloro'Fil", "Ocsigène"], buttons.Select(a => (string)a["title"]!));
    }

    [Fact]
    public void A_narrative_replaces_the_fact_lines_one_block_per_paragraph()
    {
        var card = AnswerCard.Create(SampleAnswers.WithNarrative());

        var lines = CardJson.Lines(card);
        Assert.Contains("Le Vihierois fait partie de Cholet Agglomération.", lines);
        Assert.Contains("Son offre est en cours de structuration, avec le Centre Socioculturel « Le Coin de la Rue ».", lines);
        Assert.DoesNotContain(lines, l => l.Contains("entamé un travail", StringComparison.Ordinal));
        Assert.Contains("Source : Annexe 3 — Cholet Agglomération", lines);
    }

    [Fact]
    public void Long_lists_are_cut_and_say_how_many_are_left_out()
    {
        var card = AnswerCard.Create(SampleAnswers.LongLists());

        var lines = CardJson.Lines(Folded(card));
        Assert.Equal(AnswerContent.MaxFacts, lines.Count(l => l.StartsWith("• Fait numéro", StringComparison.Ordinal)));
        Assert.Contains("• Fait numéro 6 de la fiche de Cholet Agglomération.", lines);
        Assert.DoesNotContain("• Fait numéro 7 de la fiche de Cholet Agglomération.", lines);
        Assert.Equal(AnswerContent.MaxPeople, lines.Count(l => l.StartsWith("• Équipe du centre social", StringComparison.Ordinal)));
        Assert.Equal(AnswerContent.MaxPlaces, lines.Count(l => l.StartsWith("• Centre social", StringComparison.Ordinal)));
        Assert.Equal(["… et 3 autres"], lines.Where(l => l.StartsWith('…')));
        Assert.Contains("Sources : Section 1 ; Section 2 ; Section 3 ; Section 4 … et 2 autres", lines);
        Assert.Equal(AnswerContent.MaxChoices, CardJson.Buttons(card).Count(b => ((string)b["data"]![CardActions.QueryProperty]!).StartsWith("choix ", StringComparison.Ordinal)));
        Assert.All(CardJson.OfType(card, "ActionSet"), s => Assert.InRange(s["actions"]!.Count(), 1, CardActions.MaxPerSet));
        Assert.Equal(["Suite 1", "Suite 2", "Suite 3"], CardJson.TrailingButtons(card).Select(a => (string)a["title"]!));
    }

    /// <summary>The card as shown before any « Voir tout » is unfolded.</summary>
    private static JObject Folded(JObject card)
    {
        var copy = (JObject)card.DeepClone();
        copy.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.ShowCard").ToList().ForEach(a => a.Remove());
        return copy;
    }

    [Fact]
    public void Knowledge_base_and_user_text_never_goes_into_a_Markdown_text_block()
    {
        var answer = SampleAnswers.TrickyText();

        var card = AnswerCard.Create(answer);

        // TextBlocks hold only the bot's own labels; everything else is a literal text run.
        Assert.All(CardJson.TextBlocks(card), text => Assert.Contains(text, new[] { "Contacts", "Lieux", "Précisez votre demande :" }));
        // (The only change: a zero-width space that keeps {{DATE(…)}} from being shown as a date.)
        var lines = CardJson.Lines(card).Select(l => l.Replace("\u200B", "", StringComparison.Ordinal)).ToList();
        Assert.Contains($"« {SampleAnswers.Tricky} »", lines);
        Assert.Contains($"• {SampleAnswers.Tricky}", lines);
        Assert.Contains("• **Nom** — [Org](javascript:alert(1)), <b>rôle</b>", lines);
        Assert.Contains("Source : Section [1](https://exemple.invalid)", lines);
    }

    [Fact]
    public void A_date_function_in_the_text_is_kept_as_written_instead_of_becoming_a_date()
    {
        var card = AnswerCard.Create(SampleAnswers.TitleOnly("Réunion {{DATE(2026-03-02T09:00:00Z, SHORT)}} à {{TIME(2026-03-02T09:00:00Z)}}"));

        Assert.Equal(["Réunion {\u200B{DATE(2026-03-02T09:00:00Z, SHORT)}} à {\u200B{TIME(2026-03-02T09:00:00Z)}}"], CardJson.Lines(card));
    }

    [Fact]
    public void Control_characters_blank_items_and_incomplete_choices_are_cleaned_up()
    {
        var card = AnswerCard.Create(SampleAnswers.TrickyText());

        var lines = CardJson.Lines(card);
        Assert.Contains("- commence comme une liste 1. et comme une liste numérotée", lines);
        Assert.Contains("• ligne 1 ligne 2 avec tabulation", lines);
        Assert.DoesNotContain(lines, l => l.Trim() == "•");
        Assert.All(lines, l => Assert.DoesNotContain(l, c => char.IsControl(c) || c == '\u202E'));
        var queries = CardJson.Buttons(card).Select(b => (string)b["data"]![CardActions.QueryProperty]!).ToList();
        Assert.Equal(["requête [1]", "sans libellé", "suite & fin <"], queries);
        Assert.Equal("sans libellé", (string?)CardJson.Buttons(card)[1]["title"]);
    }

    [Fact]
    public void An_answer_with_nothing_to_show_still_makes_a_polite_card()
    {
        var card = AnswerCard.Create(SampleAnswers.Empty());

        Assert.Equal([AnswerContent.EmptyTitle], CardJson.Lines(card));
    }

    [Fact]
    public void The_card_carries_a_plain_text_fallback_with_the_same_content()
    {
        var card = AnswerCard.Create(SampleAnswers.Found());

        var fallback = (string)card["fallbackText"]!;
        Assert.StartsWith("Cholet Agglomération — polarité du Vihierois\n", fallback, StringComparison.Ordinal);
        Assert.Contains("- Une seule France Services sur le territoire, portée par le Centre Socioculturel « Le Coin de la Rue ».", fallback, StringComparison.Ordinal);
        Assert.Contains("Source : Annexe 3 — Cholet Agglomération", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_is_an_Adaptive_Card_1_5()
    {
        var card = AnswerCard.Create(SampleAnswers.Found());

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
    }

    [Fact]
    public void Duplicate_choices_are_shown_once()
    {
        var answer = SampleAnswers.Ambiguous() with
        {
            Choices = [new AnswerChoice("Ocsigène", "Centre social Ocsigène"), new AnswerChoice("CS Ocsigène", "centre social ocsigène")],
        };

        var card = AnswerCard.Create(answer);

        Assert.Equal(["Ocsigène"], CardJson.Buttons(card).Select(b => (string)b["title"]!));
    }

    [Fact]
    public void A_long_list_shows_six_facts_and_a_voir_tout_button_that_unfolds_the_rest_in_the_card()
    {
        var card = AnswerCard.Create(SampleAnswers.LongLists());
        var showAll = card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.ShowCard").ToList();
        var bullets = CardJson.Lines(Folded(card)).Where(l => l.StartsWith("• Fait numéro", StringComparison.Ordinal)).ToList();

        Assert.Equal(AnswerContent.MaxFacts, bullets.Count);
        Assert.Contains(showAll, a => ((string?)a["title"])!.StartsWith(AnswerCard.ShowAllTitle, StringComparison.Ordinal)
            && a["card"]!.ToString().Contains("Fait numéro 12", StringComparison.Ordinal));
        Assert.DoesNotContain(CardJson.Lines(card), l => l.Contains("et 6 autres", StringComparison.Ordinal));
    }
}
