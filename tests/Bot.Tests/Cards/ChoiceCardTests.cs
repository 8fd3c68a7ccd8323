using Mednum49.Bot.Cards;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Tests.Cards;

public sealed class ChoiceCardTests
{
    [Fact]
    public void The_prompt_is_literal_and_each_choice_is_a_button_sending_its_query()
    {
        var card = ChoiceCard.Create("Dans quel groupe voulez-vous *noter* ?", [new AnswerChoice("GTN49", "groupe GTN49"), new AnswerChoice("Parentalité", "groupe parentalité")]);

        Assert.Equal(["Dans quel groupe voulez-vous *noter* ?"], CardJson.RichLines(card));
        Assert.Empty(CardJson.TextBlocks(card));
        var buttons = CardJson.Buttons(card);
        Assert.Equal(["GTN49", "Parentalité"], buttons.Select(b => (string)b["title"]!));
        Assert.Equal(["groupe GTN49", "groupe parentalité"], buttons.Select(b => (string)b["data"]![CardActions.QueryProperty]!));
        Assert.Equal(["groupe GTN49", "groupe parentalité"], buttons.Select(b => (string)b["data"]!["msteams"]!["text"]!));
    }

    [Fact]
    public void Many_choices_are_shown_in_rows_that_fit_a_phone_and_the_rest_is_counted()
    {
        var choices = Enumerable.Range(1, 12).Select(i => new AnswerChoice($"Choix {i}", $"choix {i}"));

        var card = ChoiceCard.Create("Lequel ?", choices);

        var rows = CardJson.OfType(card, "ActionSet").Select(s => s["actions"]!.Select(a => (string)a["title"]!).ToList()).ToList();
        Assert.Equal(Enumerable.Range(1, ChoiceCard.MaxChoices).Select(i => $"Choix {i}"), rows.SelectMany(r => r));
        Assert.Equal([4, 4, 2], rows.Select(r => r.Count));
        Assert.All(rows, r => Assert.InRange(r.Sum(t => t.Length), 1, CardActions.MaxRowLabelLength));
        Assert.Contains("… et 2 autres", CardJson.RichLines(card));
    }

    [Fact]
    public void Short_choices_share_a_row_and_long_ones_get_a_row_each()
    {
        var card = ChoiceCard.Create("Lequel ?",
        [
            new AnswerChoice("Oui", "oui"), new AnswerChoice("Non", "non"),
            new AnswerChoice("Y a-t-il une France Services à Candé ?", "Y a-t-il une France Services à Candé ?"),
            new AnswerChoice("Qui porte l'action B.6 ?", "Qui porte l'action B.6 ?"),
        ]);

        var rows = CardJson.OfType(card, "ActionSet").Select(s => s["actions"]!.Count()).ToList();
        Assert.Equal([2, 1, 1], rows);
    }

    [Fact]
    public void A_prompt_is_required()
    {
        Assert.ThrowsAny<ArgumentException>(() => ChoiceCard.Create(" \n ", [new AnswerChoice("a", "a")]));
    }
}
