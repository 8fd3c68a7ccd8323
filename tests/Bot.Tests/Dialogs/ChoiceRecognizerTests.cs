using Mednum49.Bot.Dialogs.Prompts;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly IReadOnlyList<Choice> Groups = SampleRegistrationDialog.Groups;

    [Theory]
    [InlineData("Accès aux droits", 1, ChoiceMatch.Value)]
    [InlineData("acces aux droits", 1, ChoiceMatch.Value)]
    [InlineData("  RECONDITIONNEMENT ! ", 0, ChoiceMatch.Value)]
    [InlineData("recyclage", 0, ChoiceMatch.Synonym)]
    [InlineData("Démarches en ligne", 1, ChoiceMatch.Synonym)]
    [InlineData("le groupe sur le reconditionnement", 0, ChoiceMatch.Overlap)]
    [InlineData("celui sur le reconditionement", 0, ChoiceMatch.Overlap)]
    [InlineData("les droits", 1, ChoiceMatch.Overlap)]
    [InlineData("la formation", 2, ChoiceMatch.Overlap)]
    [InlineData("aidant", 2, ChoiceMatch.Overlap)]
    [InlineData("la deuxième", 1, ChoiceMatch.Ordinal)]
    [InlineData("la deuxieme", 1, ChoiceMatch.Ordinal)]
    [InlineData("le 2ème", 1, ChoiceMatch.Ordinal)]
    [InlineData("la 2e", 1, ChoiceMatch.Ordinal)]
    [InlineData("la premiere", 0, ChoiceMatch.Ordinal)]
    [InlineData("la dernière", 2, ChoiceMatch.Ordinal)]
    [InlineData("2", 1, ChoiceMatch.Number)]
    [InlineData("deux", 1, ChoiceMatch.Number)]
    [InlineData("numéro trois", 2, ChoiceMatch.Number)]
    public void A_reply_designates_its_choice(string reply, int index, ChoiceMatch match)
    {
        var found = ChoiceRecognizer.Recognize(reply, null, Groups);

        Assert.NotNull(found);
        Assert.Equal((Groups[index].Value, index, match), (found.Value, found.Index, found.Match));
    }

    [Theory]
    [InlineData("")]
    [InlineData("n'importe quoi")]
    [InlineData("4")]
    [InlineData("la cinquième")]
    [InlineData("0")]
    public void A_reply_that_designates_nothing_is_not_recognised(string reply)
    {
        Assert.Null(ChoiceRecognizer.Recognize(reply, null, Groups));
    }

    [Fact]
    public void A_word_shared_by_every_choice_designates_none_of_them()
    {
        IReadOnlyList<Choice> groups = [new("Groupe reconditionnement"), new("Groupe accès aux droits")];

        Assert.Null(ChoiceRecognizer.Recognize("le groupe", null, groups));
        Assert.Equal(1, ChoiceRecognizer.Recognize("le groupe des droits", null, groups)?.Index);
    }

    [Fact]
    public void A_reply_that_fits_two_choices_equally_is_ambiguous()
    {
        IReadOnlyList<Choice> places = [new("Maison France Services de Candé"), new("Médiathèque de Candé"), new("Mairie de Segré")];

        Assert.Null(ChoiceRecognizer.Recognize("à Candé", null, places));
        Assert.Equal(1, ChoiceRecognizer.Recognize("la médiathèque", null, places)?.Index);
    }

    [Fact]
    public void The_exact_value_wins_over_a_number_it_contains()
    {
        IReadOnlyList<Choice> axes = [new("Axe 3"), new("Axe 1")];

        Assert.Equal((1, ChoiceMatch.Value), ChoiceRecognizer.Recognize("axe 1", null, axes) is { } f ? (f.Index, f.Match) : default);
    }

    [Fact]
    public void A_card_button_sends_the_value_of_its_choice()
    {
        var fromJson = ChoiceRecognizer.Recognize("", JObject.Parse("""{"choice":"Formation des aidants"}"""), Groups);
        var fromObject = ChoiceRecognizer.Recognize(null, new Dictionary<string, string> { ["Choice"] = "accès aux droits" }, Groups);
        var fromString = ChoiceRecognizer.Recognize(null, """{"choice":"Reconditionnement"}""", Groups);

        Assert.Equal((2, ChoiceMatch.CardValue), (fromJson!.Index, fromJson.Match));
        Assert.Equal((1, ChoiceMatch.CardValue), (fromObject!.Index, fromObject.Match));
        Assert.Equal(0, fromString!.Index);
    }

    [Fact]
    public void A_card_value_naming_no_choice_falls_back_to_the_text()
    {
        Assert.Equal(1, ChoiceRecognizer.Recognize("2", JObject.Parse("""{"choice":"Autre"}"""), Groups)?.Index);
        Assert.Null(ChoiceRecognizer.Recognize(null, JObject.Parse("""{"other":"Reconditionnement"}"""), Groups));
    }
}
