using Mednum49.Bot.Cards;

namespace Mednum49.Bot.Tests.Cards;

public sealed class HelpCardTests
{
    /// <summary>The commands of the issue, as the command catalog will give them.</summary>
    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("aide", "affiche cette aide"),
        ("territoire <nom>", "les acteurs d'une intercommunalité ou d'une commune"),
        ("action <code>", "une action de la feuille de route, par exemple B.6"),
        ("contacts <structure ou sujet>", "qui contacter"),
        ("groupes", "les groupes de travail"),
        ("note", "ajouter une note"),
        ("notes <groupe>", "les notes d'un groupe"),
        ("mes notes", "vos notes"),
        ("export <groupe>", "exporter les notes d'un groupe"),
    ];

    [Fact]
    public void The_help_lists_every_command_given_with_its_description_in_order()
    {
        var card = HelpCard.Create(Commands);

        var lines = CardJson.RichLines(card);
        Assert.Equal(Commands.Select(c => $"{c.Command} — {c.Description}"), lines);
        Assert.Equal([HelpCard.Title, HelpCard.Intro], CardJson.TextBlocks(card));
    }

    [Fact]
    public void Commands_are_bold_and_literal_so_placeholders_are_not_read_as_markup()
    {
        var card = HelpCard.Create(Commands);

        var command = CardJson.OfType(card, "TextRun").Single(r => (string)r["text"]! == "territoire <nom>");
        Assert.Equal("Bolder", (string?)command["weight"]);
        Assert.DoesNotContain(CardJson.TextBlocks(card), t => t.Contains("<nom>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_command_in_the_catalog_appears_in_the_help_and_a_blank_one_does_not()
    {
        var card = HelpCard.Create([.. Commands, ("nouveautés", "les dernières mises à jour"), ("  ", "rien")]);

        var lines = CardJson.RichLines(card);
        Assert.Equal("nouveautés — les dernières mises à jour", lines[^1]);
        Assert.Equal(Commands.Count + 1, lines.Count);
    }

    [Fact]
    public void The_fallback_text_lists_the_commands_too()
    {
        var card = HelpCard.Create(Commands);

        Assert.Contains("export <groupe> — exporter les notes d'un groupe", (string)card["fallbackText"]!, StringComparison.Ordinal);
    }
}

public sealed class HelpCardExamplesTests
{
    [Fact]
    public void Example_questions_follow_the_commands_as_buttons_that_ask_them()
    {
        var card = HelpCard.Create(HelpCardTests.Commands, WelcomeCard.DefaultExamples);

        Assert.Equal([HelpCard.Title, HelpCard.Intro, HelpCard.ExamplesLead], CardJson.TextBlocks(card));
        var buttons = CardJson.Buttons(card);
        Assert.Equal(WelcomeCard.DefaultExamples, buttons.Select(b => (string)b["title"]!));
        Assert.Equal(WelcomeCard.DefaultExamples, buttons.Select(b => (string)b["data"]![CardActions.QueryProperty]!));
        Assert.Equal("ActionSet", (string)card["body"]!.Last!["type"]!);
    }

    [Fact]
    public void Without_examples_the_help_has_no_examples_lead()
    {
        Assert.DoesNotContain(HelpCard.ExamplesLead, CardJson.TextBlocks(HelpCard.Create(HelpCardTests.Commands)));
    }
}
