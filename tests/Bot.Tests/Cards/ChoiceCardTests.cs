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
    public void Many_choices_are_split_into_rows_of_five_and_the_rest_is_counted()
    {
        var choices = Enumerable.Range(1, 12).Select(i => new AnswerChoice($"Choix {i}", $"choix {i}"));

        var card = ChoiceCard.Create("Lequel ?", choices);

        var sets = CardJson.OfType(card, "ActionSet");
        Assert.Equal([5, 5], sets.Select(s => s["actions"]!.Count()));
        Assert.Contains("… et 2 autres", CardJson.RichLines(card));
    }

    [Fact]
    public void A_prompt_is_required()
    {
        Assert.ThrowsAny<ArgumentException>(() => ChoiceCard.Create(" \n ", [new AnswerChoice("a", "a")]));
    }
}
