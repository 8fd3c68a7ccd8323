using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Loading;

/// <summary>Whatever a file contains, loading reports errors and never throws.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, int> Inputs => new()
    {
        { "", 1 },
        { "topics:\n  - id: topic:seniors\n    name: [unclosed\n", 3 },
        { "topics:\n  - id: topic:seniors\n    name: {unclosed\n", 3 },
        { "topics:\n\t- id: topic:seniors\n", 2 },
        { "topics:\n  - id: topic:seniors\n    name: \"unclosed\n", 3 },
        { "topics:\n  - id: topic:seniors\n    name: *nowhere\n", 3 },
        { "- just\n- a list\n", 1 },
        { "just a sentence\n", 1 },
        { "topics: []\n---\ntopics: []\n", 2 },
        { "topics:\n  - id: topic:seniors\n    name: Seniors\n    name: Aînés\n", 4 },
        { "topics:\n  - [a, b]: c\n", 2 },
        { "\u0000\u0001\u0002garbage", 1 },
        { new string('[', 500), 1 },
        { "topics:\n  - id: Topic:Séniors\n    name: Seniors\n", 2 },
        { "topics:\n  - id: topic:seniors\n    name:\n      nested: block\n", 4 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_malformed_file_gives_located_errors_not_an_exception(string text, int line)
    {
        var result = KnowledgeBaseLoader.LoadFiles([("topics.yaml", text)]);

        Assert.False(result.IsValid);
        var errors = result.Errors.Where(e => e.File == "topics.yaml").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.InRange(e.Line, 1, line + 1));
    }

    [Fact]
    public void A_real_file_cut_anywhere_never_makes_the_loader_throw()
    {
        var text = File.ReadAllText(Path.Combine(EmbeddedKnowledgeBase.Folder, "territories", "cholet-agglomeration.yaml"));

        for (var cut = 0; cut < text.Length; cut += 37)
        {
            var result = KnowledgeBaseLoader.LoadFiles([("territories/cholet-agglomeration.yaml", text[..cut])]);

            Assert.NotEmpty(result.Errors);
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        }
    }
}
