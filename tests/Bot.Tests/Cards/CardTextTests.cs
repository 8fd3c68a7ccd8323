using Mednum49.Bot.Cards;

namespace Mednum49.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  \n\t ", "")]
    [InlineData("  Bonjour  ", "Bonjour")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("a\n\n\n\nb", "a\n\nb")]
    [InlineData("a\u0000b\u0007c", "abc")]
    [InlineData("a\tb", "a b")]
    [InlineData("abc\u202Eexe.txt", "abcexe.txt")]
    [InlineData("a\u2028b", "a\nb")]
    [InlineData("👩‍💻 café", "👩‍💻 café")]
    public void Clean_keeps_the_text_and_drops_what_clients_refuse_or_misread(string? input, string expected)
    {
        Assert.Equal(expected, CardText.Clean(input));
    }

    [Fact]
    public void One_line_and_paragraphs_split_as_a_reader_expects()
    {
        Assert.Equal("un deux trois", CardText.OneLine("un\ndeux\n\ntrois"));
        Assert.Equal(["un deux", "trois"], CardText.Paragraphs("un\ndeux\n\n\ntrois\n"));
    }

    [Theory]
    [InlineData(1, "… et 1 autre")]
    [InlineData(4, "… et 4 autres")]
    public void More_counts_what_a_list_leaves_out(int hidden, string expected)
    {
        Assert.Equal(expected, CardText.More(hidden));
    }
}
