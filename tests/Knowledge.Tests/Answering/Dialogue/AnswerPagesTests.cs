using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Answering.Dialogue;

/// <summary>
/// "suite" through the real engine: the next page of the last answer's lists, for any list answer, carried by the
/// context (and its JSON, as conversation state keeps it), until nothing is left.
/// </summary>
public sealed class AnswerPagesTests
{
    private static readonly AnswerEngine Engine = EmbeddedEngine.Current;

    [Theory]
    [InlineData("quels sont les groupes de travail ?")]
    [InlineData("Quelles France Services en Maine-et-Loire ?")]
    [InlineData("qui s'occupe de Cholet ?")]
    [InlineData("quelles actions dans l'axe B")]
    public void Suite_shows_the_items_after_the_first_page_then_says_nothing_is_left(string question)
    {
        var first = Engine.Ask(question, (DialogueContext?)null);
        Assert.True(AnswerPages.Hidden(first) > 0, $"{question}: {first.Facts.Count} facts, {first.People.Count} people, {first.Places.Count} places");

        // Through JSON, as the bot's conversation state and ask --jsonl keep it.
        var second = Engine.Ask("la suite", DialogueContext.FromJson(first.Context!.ToJson()));

        Assert.Equal(first.Facts.Skip(AnswerPages.PageSize).Select(f => f.Text), second.Facts.Select(f => f.Text));
        Assert.Equal(first.People.Skip(AnswerPages.PageSize), second.People);
        Assert.Equal(first.Places.Skip(AnswerPages.PageSize), second.Places);
        Assert.StartsWith("Suite — ", second.Title, StringComparison.Ordinal);
        Assert.Equal(1, second.Context!.Page);
        Assert.Equal(first.Context.Question, second.Context.Question);

        var third = Engine.Ask("suite", second.Context);
        if (AnswerPages.Hidden(second) == 0)
        {
            Assert.Equal(ConversationTurn.NothingMoreTitle, third.Title);
            Assert.Empty(third.Facts);
        }
        else
        {
            Assert.Equal(first.Facts.Skip(2 * AnswerPages.PageSize).Select(f => f.Text), third.Facts.Select(f => f.Text));
        }
    }

    [Fact]
    public void Small_talk_between_an_answer_and_suite_keeps_the_page_to_show()
    {
        var first = Engine.Ask("quels sont les groupes de travail ?", (DialogueContext?)null);
        var thanks = Engine.Ask("merci beaucoup", first.Context);

        var rest = Engine.Ask("voir tout", thanks.Context);

        Assert.Equal(first.Facts.Skip(AnswerPages.PageSize).Select(f => f.Text), rest.Facts.Select(f => f.Text));
    }

    [Fact]
    public void A_new_question_after_suite_starts_again_from_its_first_page()
    {
        var groups = Engine.Ask("quels sont les groupes de travail ?", (DialogueContext?)null);
        var more = Engine.Ask("suite", groups.Context);
        var axis = Engine.Ask("quelles actions dans l'axe B", more.Context);

        Assert.Equal(0, axis.Context!.Page);
        var rest = Engine.Ask("les autres", axis.Context);
        Assert.Equal(axis.Facts.Skip(AnswerPages.PageSize).Select(f => f.Text), rest.Facts.Select(f => f.Text));
    }

    [Theory]
    [InlineData("suite")]
    [InlineData("la suite svp")]
    [InlineData("Voir tout !")]
    public void Suite_without_a_conversation_says_there_is_no_list_to_continue(string message)
    {
        var answer = Engine.Ask(message, (DialogueContext?)null);

        Assert.Equal(ConversationTurn.NothingToContinueTitle, answer.Title);
        Assert.Empty(answer.Facts);
    }

    [Fact]
    public void A_question_that_holds_the_word_suite_is_still_a_question()
    {
        var answer = Engine.Ask("quelle est la suite de la feuille de route après 2025 ?", (DialogueContext?)null);

        Assert.NotEqual(ConversationTurn.NothingToContinueTitle, answer.Title);
    }

    [Fact]
    public void An_answer_with_a_short_list_has_nothing_hidden()
    {
        var answer = Engine.Ask("Qui porte l'action B.6 ?", (DialogueContext?)null);

        Assert.Equal(0, AnswerPages.Hidden(answer));
        Assert.Equal(ConversationTurn.NothingMoreTitle, Engine.Ask("suite", answer.Context).Title);
    }
}
