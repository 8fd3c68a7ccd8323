using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NoteReferenceTests
{
    [Fact]
    public void New_references_are_short_and_free_of_ambiguous_characters()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => NoteReference.New()).ToList();

        Assert.All(references, r =>
        {
            Assert.Matches("^N-[2-9A-HJKMNP-TW-Z]{5}$", r);
            Assert.DoesNotContain(r[2..], c => "01ILOUV".Contains(c, StringComparison.Ordinal));
        });
        Assert.True(references.Distinct().Count() > 1990);
    }

    [Theory]
    [InlineData("N-4F7K2", "N-4F7K2")]
    [InlineData("n-4f7k2", "N-4F7K2")]
    [InlineData(" N 4F7K2 ", "N-4F7K2")]
    [InlineData("4f7k2", "N-4F7K2")]
    [InlineData("N4F7K2", "N-4F7K2")]
    public void What_people_type_is_read_as_a_reference(string input, string expected)
    {
        Assert.True(NoteReference.TryNormalize(input, out var reference));
        Assert.Equal(expected, reference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("N-4F7K")]
    [InlineData("N-4F7K22")]
    [InlineData("N-4F0K2")]
    [InlineData("X-4F7K2")]
    [InlineData("'; DROP TABLE notes; --")]
    public void Anything_else_is_not_a_reference(string? input)
    {
        Assert.False(NoteReference.TryNormalize(input, out _));
    }
}
