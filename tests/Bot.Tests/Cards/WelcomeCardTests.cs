using Mednum49.Bot.Cards;

namespace Mednum49.Bot.Tests.Cards;

public sealed class WelcomeCardTests
{
    [Fact]
    public void The_welcome_says_in_two_lines_what_the_bot_knows_and_offers_three_example_questions()
    {
        var card = WelcomeCard.Create();

        Assert.Equal([WelcomeCard.Title, .. WelcomeCard.Lines, WelcomeCard.ExamplesLead, WelcomeCard.HelpHint], CardJson.TextBlocks(card));
        Assert.Equal(2, WelcomeCard.Lines.Count);
        var buttons = CardJson.Buttons(card);
        Assert.Equal(WelcomeCard.DefaultExamples, buttons.Select(b => (string)b["title"]!));
        Assert.Equal(WelcomeCard.DefaultExamples, buttons.Select(b => (string)b["data"]![CardActions.QueryProperty]!));
    }

    [Fact]
    public void The_example_buttons_sit_under_their_lead_and_before_the_help_hint()
    {
        var card = WelcomeCard.Create();

        var body = card["body"]!.Select(e => (string)e["type"]!).ToList();
        // The example questions are long: one per line.
        Assert.Equal(["TextBlock", "TextBlock", "TextBlock", "TextBlock", "ActionSet", "ActionSet", "ActionSet", "TextBlock"], body);
    }

    [Fact]
    public void Other_examples_can_be_given_and_at_most_three_are_shown()
    {
        var card = WelcomeCard.Create(["Qui porte l'action B.2 ?", "Quels groupes de travail ?", "Qui porte l'action B.7 ?", "Une quatrième ?"]);

        Assert.Equal(["Qui porte l'action B.2 ?", "Quels groupes de travail ?", "Qui porte l'action B.7 ?"], CardJson.Buttons(card).Select(b => (string)b["title"]!));
    }

    [Fact]
    public void Without_examples_the_welcome_has_no_dangling_lead()
    {
        var card = WelcomeCard.Create([]);

        Assert.DoesNotContain(WelcomeCard.ExamplesLead, CardJson.TextBlocks(card));
        Assert.Empty(CardJson.Buttons(card));
    }
}
