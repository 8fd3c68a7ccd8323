using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Tests.Understanding;

public sealed class ActionCodeRecognizerTests
{
    /// <summary>The codes of the roadmap's Annexe 2.</summary>
    private static readonly ActionCodeRecognizer Codes = new(
    [
        "A.1.1", "A.1.2", "A.1.2.a", "A.1.2.b", "A.2", "A.3.1", "A.3.2", "A.3.3", "A.3.4",
        "B.1", "B.2", "B.3", "B.4", "B.5", "B.6", "B.7", "C.1", "C.2", "C.3", "D.1", "E.1", "E.2.1", "E.2.2", "E.2.3",
    ]);

    [Theory]
    [InlineData("A.1.2.a", "A.1.2.a", "A.1.2.a")]
    [InlineData("a.1.2.a", "A.1.2.a", "a.1.2.a")]
    [InlineData("c est quoi a1.2a", "A.1.2.a", "a1.2a")]
    [InlineData("A 1 2 a ?", "A.1.2.a", "A 1 2 a")]
    [InlineData("Qui porte l'action B.6 ?", "B.6", "B.6")]
    [InlineData("b6", "B.6", "b6")]
    [InlineData("B-6 ?", "B.6", "B-6")]
    [InlineData("b 4", "B.4", "b 4")]
    [InlineData("action B 4", "B.4", "B 4")]
    [InlineData("l'action b4", "B.4", "b4")]
    [InlineData("action a 2", "A.2", "a 2")]
    [InlineData("E.2.3 c'est quoi", "E.2.3", "E.2.3")]
    [InlineData("action B\u00a04 (Teams)", "B.4", "B\u00a04")]
    public void Every_way_of_typing_a_code_gives_the_canonical_code(string question, string code, string typed)
    {
        var match = Assert.Single(Codes.Recognize(question));

        Assert.Equal(code, match.Code);
        Assert.Equal(ActionCodeKind.Action, match.Kind);
        Assert.Equal([code], match.Codes);
        Assert.Equal(typed, question.Substring(match.Start, match.Length));
    }

    [Fact]
    public void A_sub_letter_followed_by_a_word_is_the_next_word()
    {
        const string question = "b4 a quel porteur ?";

        var match = Assert.Single(Codes.Recognize(question));

        Assert.Equal("B.4", match.Code);
        Assert.Equal("b4", question.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("il y a 2 conseillers")]
    [InlineData("il y a 3 France Services")]
    [InlineData("le CE1 et le CM2")]
    [InlineData("la Mednum49")]
    [InlineData("imprimer en A4")]
    [InlineData("")]
    public void Words_numbers_and_unrelated_codes_are_not_actions(string question) =>
        Assert.Empty(Codes.Recognize(question));

    [Fact]
    public void A_heading_designates_the_actions_under_it()
    {
        var match = Assert.Single(Codes.Recognize("les actions A.3"));

        Assert.Equal("A.3", match.Code);
        Assert.Equal(ActionCodeKind.Group, match.Kind);
        Assert.Equal(["A.3.1", "A.3.2", "A.3.3", "A.3.4"], match.Codes);
    }

    [Theory]
    [InlineData("Quelles sont les actions de l'axe C ?", "axe C")]
    [InlineData("axe c", "axe c")]
    public void An_axis_designates_all_its_actions(string question, string typed)
    {
        var match = Assert.Single(Codes.Recognize(question));

        Assert.Equal("C", match.Code);
        Assert.Equal(ActionCodeKind.Axis, match.Kind);
        Assert.Equal(["C.1", "C.2", "C.3"], match.Codes);
        Assert.Equal(typed, question.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("Qui porte l'action B.9 ?", "B.9")]
    [InlineData("action b9", "B.9")]
    [InlineData("C.4", "C.4")]
    public void A_code_typed_as_such_but_not_in_the_roadmap_is_reported_unknown(string question, string code)
    {
        var match = Assert.Single(Codes.Recognize(question));

        Assert.Equal(code, match.Code);
        Assert.Equal(ActionCodeKind.Unknown, match.Kind);
        Assert.Empty(match.Codes);
    }

    [Fact]
    public void Several_codes_are_reported_in_order()
    {
        var matches = Codes.Recognize("C.1, C.2 et c3, puis l'axe D");

        Assert.Equal(["C.1", "C.2", "C.3", "D"], matches.Select(m => m.Code));
        Assert.Equal(["A", "B", "C", "D", "E"], Codes.Axes);
    }
}
