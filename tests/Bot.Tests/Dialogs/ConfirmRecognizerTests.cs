using Mednum49.Bot.Dialogs.Prompts;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("oui")]
    [InlineData("Oui !")]
    [InlineData("ouais")]
    [InlineData("d'accord")]
    [InlineData("D’accord, merci")]
    [InlineData("ok")]
    [InlineData("OK c'est bon")]
    [InlineData("bien sûr")]
    [InlineData("bien sur")]
    [InlineData("exactement")]
    [InlineData("oui merci")]
    [InlineData("tout à fait")]
    [InlineData("1")]
    [InlineData("la première")]
    public void These_replies_mean_yes(string reply) => Assert.True(ConfirmRecognizer.Recognize(reply, null));

    [Theory]
    [InlineData("non")]
    [InlineData("Non.")]
    [InlineData("non merci")]
    [InlineData("pas du tout")]
    [InlineData("pas d'accord")]
    [InlineData("nan")]
    [InlineData("2")]
    [InlineData("deux")]
    public void These_replies_mean_no(string reply) => Assert.False(ConfirmRecognizer.Recognize(reply, null));

    [Theory]
    [InlineData("")]
    [InlineData("peut-être")]
    [InlineData("oui et non")]
    [InlineData("je ne sais pas trop")]
    [InlineData("3")]
    public void These_replies_are_not_understood(string reply) => Assert.Null(ConfirmRecognizer.Recognize(reply, null));

    [Fact]
    public void A_card_button_answers_with_its_choice()
    {
        Assert.False(ConfirmRecognizer.Recognize(null, JObject.Parse("""{"choice":"Non"}""")));
        Assert.True(ConfirmRecognizer.Recognize("", JObject.Parse("""{"choice":"oui"}""")));
    }
}
