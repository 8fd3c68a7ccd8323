using System.Collections.Frozen;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>Phrases of folded words ("la bas", "et pour"), found as whole words in a question's folded words.</summary>
internal sealed class PhraseSet
{
    private readonly FrozenDictionary<string, string[][]> byFirstWord;

    public PhraseSet(IEnumerable<string> phrases)
    {
        byFirstWord = phrases
            .Select(p => TextNormalizer.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 0)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
    }

    public static PhraseSet Empty { get; } = new([]);

    /// <summary>The number of words of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int LengthAt(IReadOnlyList<string> words, int start)
    {
        if (start < 0 || start >= words.Count || !byFirstWord.TryGetValue(words[start], out var candidates))
        {
            return 0;
        }

        foreach (var phrase in candidates)
        {
            if (start + phrase.Length <= words.Count && Enumerable.Range(0, phrase.Length).All(i => words[start + i] == phrase[i]))
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>The phrases in <paramref name="words"/>, longest first at each position, without overlap.</summary>
    public List<(int First, int Last)> Find(IReadOnlyList<string> words)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            var length = LengthAt(words, i);
            if (length > 0)
            {
                found.Add((i, i + length - 1));
                i += length - 1;
            }
        }

        return found;
    }

    /// <summary>True when the words are exactly one phrase.</summary>
    public bool IsWhole(IReadOnlyList<string> words) => words.Count > 0 && LengthAt(words, 0) == words.Count;
}
