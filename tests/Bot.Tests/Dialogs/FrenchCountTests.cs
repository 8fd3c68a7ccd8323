using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class FrenchCountTests
{
    [Theory]
    [InlineData(0, "exportée", "aucune note exportée")]
    [InlineData(1, "déposée", "1 note déposée")]
    [InlineData(2, "déposées", "2 notes déposées")]
    [InlineData(3, null, "3 notes")]
    public void Notes_are_counted_with_aucune_the_singular_for_one_and_the_plural_from_two(int count, string? participle, string expected) =>
        Assert.Equal(expected, FrenchCount.Notes(count, participle?.TrimEnd('s')));

    [Fact]
    public void Thousands_are_grouped_the_french_way() =>
        Assert.Equal("1\u202F250 notes", FrenchCount.Notes(1250));

    [Fact]
    public void A_masculine_noun_gets_aucun_and_an_irregular_plural_can_be_given()
    {
        Assert.Equal("aucun fichier", FrenchCount.Of(0, "fichier"));
        Assert.Equal("2 travaux", FrenchCount.Of(2, "travail", "travaux"));
        Assert.Equal("2 pages", FrenchCount.Of(2, "page", feminine: true));
    }
}
