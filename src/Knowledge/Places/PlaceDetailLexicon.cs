using System.Collections.Frozen;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Places;

/// <summary>A detail asked in a question, and the words that asked it (indexes into the question's folded words).</summary>
public sealed record DetailMention(PlaceDetail Detail, int First, int Length);

/// <summary>
/// Finds the place details a question asks for, from the phrases of <c>place_details:</c> (Data/place-details.yaml):
/// folded, longest phrase first at each word, ignoring a phrase that follows one of its <c>not_after</c> words.
/// </summary>
public sealed class PlaceDetailLexicon
{
    public static readonly PlaceDetailLexicon Empty = new([]);

    private readonly FrozenDictionary<string, (string[] Tokens, PlaceDetail Detail, FrozenSet<string> NotAfter)[]> byFirst;

    public PlaceDetailLexicon(IEnumerable<PlaceDetailWords> entries, IEnumerable<string>? kindWords = null)
    {
        KindWords = (kindWords ?? []).SelectMany(w => TextNormalizer.Fold(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.Ordinal);
        byFirst = entries
            .SelectMany(e => e.Phrases.Select(p => (Tokens: TextNormalizer.Fold(p).Split(' ', StringSplitOptions.RemoveEmptyEntries), e.Detail,
                NotAfter: e.NotAfter.Select(TextNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal))))
            .Where(p => p.Tokens.Length > 0)
            .GroupBy(p => p.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Tokens.Length).ToArray(), StringComparer.Ordinal);
        words = byFirst.Values.SelectMany(p => p).SelectMany(p => p.Tokens).ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> words;

    /// <summary>The folded words that say a place's kind (« mediatheque », « fablab »), which people often leave out of its name.</summary>
    public FrozenSet<string> KindWords { get; }

    /// <summary>True when <paramref name="word"/> (folded) is a word of some phrase (« samedi », « horaires »).</summary>
    public bool HasWord(string word) => words.Contains(word);

    public IReadOnlyList<DetailMention> Find(IReadOnlyList<string> words)
    {
        var found = new List<DetailMention>();
        var i = 0;
        while (i < words.Count)
        {
            var length = 0;
            if (byFirst.TryGetValue(words[i], out var phrases))
            {
                foreach (var (tokens, detail, notAfter) in phrases)
                {
                    if (i + tokens.Length <= words.Count && tokens.AsSpan().SequenceEqual(words.Skip(i).Take(tokens.Length).ToArray())
                        && (i == 0 || !notAfter.Contains(words[i - 1])))
                    {
                        found.Add(new DetailMention(detail, i, tokens.Length));
                        length = tokens.Length;
                        break;
                    }
                }
            }

            i += Math.Max(1, length);
        }

        return found;
    }
}
