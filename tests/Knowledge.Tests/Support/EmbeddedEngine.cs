using System.Globalization;
using System.Text;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Knowledge.Tests.Support;

/// <summary>The real answer engine on the embedded knowledge base, built once for all tests.</summary>
public static class EmbeddedEngine
{
    private static readonly Lazy<AnswerEngine> Engine = new(() => new AnswerEngine(new FixedKnowledgeBaseProvider(EmbeddedKnowledgeBase.Current)));

    public static AnswerEngine Current => Engine.Value;

    public static Answer Ask(string question) => Current.Ask(question);

    /// <summary>The answer as a user reads it.</summary>
    public static string Text(Answer answer) => AnswerText.Render(answer);

    /// <summary>The evaluation's matching form (../shared/eval/check.py): lower case, no accent, only [a-z0-9].</summary>
    public static string Folded(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (c is >= 'a' and <= 'z' || c is >= '0' and <= '9'))
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    /// <summary>True when the rendered answer holds <paramref name="expected"/> under the evaluation's matching rules.</summary>
    public static bool Says(Answer answer, string expected) => Folded(Text(answer)).Contains(Folded(expected), StringComparison.Ordinal);

    /// <summary>Fails with the whole rendered answer when one of the expected names or numbers is missing.</summary>
    public static void AssertSays(Answer answer, params string[] expected)
    {
        var missing = expected.Where(e => !Says(answer, e)).ToList();
        Assert.True(missing.Count == 0, $"Missing {string.Join(", ", missing.Select(m => $"« {m} »"))} in:{Environment.NewLine}{Text(answer)}");
    }
}
