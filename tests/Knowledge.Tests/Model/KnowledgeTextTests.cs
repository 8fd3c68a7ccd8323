using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Tests.Model;

public sealed class KnowledgeTextTests
{
    [Theory]
    [InlineData("Mazé-Millon", "maze millon")]
    [InlineData("  L'Entente –Vallée ", "l entente vallee")]
    [InlineData("Cyb@njou", "cyb njou")]
    [InlineData("SŒURDRES", "soeurdres")]
    public void Names_compare_without_case_accents_or_punctuation(string text, string key) =>
        Assert.Equal(key, KnowledgeText.Normalize(text));
}
