using Mednum49.Knowledge.Answering;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class PlaceNameAbbreviationTests
{
    [Fact]
    public void Abbreviations_that_fold_alike_keep_the_first_written_and_multi_word_ones_are_left_to_questions()
    {
        const string yaml = """
            conversation:
              abbreviations:
                fede: "fédération"
                fédé: "fédérations"
                epn: "espace public numérique"
                fede des cs: "Fédération des centres sociaux"
            """;

        var words = ConversationVocabulary.WordAbbreviationsOf(yaml);

        Assert.Equal(["federation"], words["fede"]);
        Assert.Equal(["espace", "public", "numerique"], words["epn"]);
        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void The_shipped_vocabulary_gives_the_names_abbreviations()
    {
        Assert.Equal(["centre", "social"], ConversationVocabulary.WordAbbreviations["cs"]);
    }
}
