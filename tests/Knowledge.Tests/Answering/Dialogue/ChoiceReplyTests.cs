using Mednum49.Knowledge.Answering;

namespace Mednum49.Knowledge.Tests.Answering.Dialogue;

/// <summary>The one recognition of a reply to an answer's choices, for the bot, chat and ask --jsonl.</summary>
public sealed class ChoiceReplyTests
{
    private static readonly IReadOnlyList<AnswerChoice> Choices =
    [
        new("Le Coin de la Rue", "Centre social Le Coin de la Rue"),
        new("Chloro'Fil", "Centre social Chloro'Fil"),
        new("Ocsigène", "Centre social Ocsigène"),
    ];

    [Theory]
    [InlineData("2", 1)]
    [InlineData("2.", 1)]
    [InlineData("deux", 1)]
    [InlineData("la deuxième", 1)]
    [InlineData("le 3ème", 2)]
    [InlineData("la dernière", 2)]
    [InlineData("Ocsigene", 2)]
    [InlineData("chloro fil", 1)]
    [InlineData("Centre social Le Coin de la Rue", 0)]
    [InlineData("je prends Ocsigène", 2)]
    public void A_short_reply_designates_a_choice_by_number_position_or_name(string reply, int index)
    {
        Assert.Equal(index, ChoiceReply.Pick(reply, Choices));
    }

    [Theory]
    [InlineData("Qui porte l'action B.6 ?")]
    [InlineData("les 2 centres sociaux de Cholet sont-ils ouverts le samedi")]
    [InlineData("2 ?")]
    [InlineData("Et à Saumur ?")]
    [InlineData("merci")]
    [InlineData("7")]
    public void Anything_else_is_a_new_question(string reply)
    {
        Assert.Null(ChoiceReply.Pick(reply, Choices));
    }

    [Fact]
    public void A_choices_full_name_counts_even_in_a_long_reply_and_nothing_is_resolved_without_choices()
    {
        var longName = new AnswerChoice("Espace de vie sociale du centre social de la ville de Cholet", "EVS Cholet");

        Assert.Equal(0, ChoiceReply.Pick("Espace de vie sociale du centre social de la ville de Cholet", [longName, Choices[0]]));
        Assert.Null(ChoiceReply.Pick("2", []));
    }
}
