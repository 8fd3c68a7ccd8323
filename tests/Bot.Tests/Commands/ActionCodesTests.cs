using Mednum49.Bot.Commands;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Bot.Tests.Commands;

public sealed class ActionCodesTests
{
    private readonly ActionCodes _codes = new(EmbeddedKnowledge.Provider());

    [Theory]
    [InlineData("B.6", "B.6", ActionCodeKind.Action)]
    [InlineData("b6", "B.6", ActionCodeKind.Action)]
    [InlineData("B 6", "B.6", ActionCodeKind.Action)]
    [InlineData("n° B.6", "B.6", ActionCodeKind.Action)]
    [InlineData("a1.2a", "A.1.2.a", ActionCodeKind.Action)]
    [InlineData("axe C", "C", ActionCodeKind.Axis)]
    [InlineData("l'axe C", "C", ActionCodeKind.Axis)]
    [InlineData("c", "C", ActionCodeKind.Axis)]
    [InlineData("B.9", "B.9", ActionCodeKind.Unknown)]
    [InlineData("B9", "B.9", ActionCodeKind.Unknown)]
    public void A_code_however_typed_is_read_as_the_roadmap_writes_it(string argument, string code, ActionCodeKind kind)
    {
        var read = _codes.Read(argument);

        Assert.NotNull(read);
        Assert.Equal(code, read.Code);
        Assert.Equal(kind, read.Kind);
    }

    [Theory]
    [InlineData("pour les jeunes")]
    [InlineData("B.6 qui la porte")]
    [InlineData("B.6 et B.7")]
    [InlineData("numérique responsable")]
    [InlineData("")]
    public void Anything_but_a_code_is_not_one(string argument)
    {
        Assert.Null(_codes.Read(argument));
    }

    [Fact]
    public void The_question_for_the_engine_names_the_action_or_the_axis()
    {
        Assert.Equal("action B.6", ActionCodes.Question(_codes.Read("b6")!));
        Assert.Equal("axe C", ActionCodes.Question(_codes.Read("axe c")!));
    }

    [Fact]
    public void The_axes_and_the_example_come_from_the_knowledge_base()
    {
        var axes = EmbeddedKnowledge.Current.Axes;

        Assert.Equal(axes.Select(a => $"{a.Code} — {a.Title}"), _codes.AxisLines());
        Assert.Contains(EmbeddedKnowledge.Current.Actions, a => a.Code == _codes.ExampleCode());
    }
}
