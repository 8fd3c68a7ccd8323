using System.Collections.Frozen;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Places;

/// <summary>A place a question names, how much of its name the question holds (0–1, rare words weigh more) and whether it names its commune too.</summary>
public sealed record OpenPlaceMatch(OpenPlace Place, double Score, bool CommuneNamed)
{
    public double Rank => Score + (CommuneNamed ? 0.5 : 0);
}

/// <summary>
/// Finds the places of the open-data files a question names, whatever their names: an index of the distinctive
/// words of each name (its commune's words aside, since people say « la médiathèque de Trélazé » as often as
/// « la médiathèque Jean Vilar »), weighted by rarity, plus whether the question names the place's commune.
/// </summary>
internal sealed class OpenPlaceMatcher
{
    private readonly OpenPlace[] places;
    private readonly string[][] nameWords;
    private readonly string[][] communeWords;
    private readonly FrozenDictionary<string, int[]> index;
    private readonly FrozenDictionary<string, double> weights;

    public OpenPlaceMatcher(IReadOnlyList<OpenPlace> all)
    {
        places = [.. all];
        communeWords = [.. places.Select(p => Words(p.CommuneName).ToArray())];
        nameWords = [.. places.Select((p, i) => Words(p.Name).Except(communeWords[i]).Concat(p.IsFranceServices ? ["france", "service"] : []).Distinct(StringComparer.Ordinal).ToArray())];
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < places.Length; i++)
        {
            foreach (var word in nameWords[i])
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }

        index = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        weights = postings.ToFrozenDictionary(p => p.Key, p => Math.Log(1 + ((double)places.Length / p.Value.Count)), StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="word"/> (folded) is a distinctive word of some place's name.</summary>
    public bool Knows(string word) => index.ContainsKey(Singular(word));

    /// <summary>The places whose names share words with the question, best first.</summary>
    /// <param name="words">The question's folded words, without those that asked for a detail.</param>
    /// <param name="communeIds">Communes (or former communes) the question names, as the engine read them.</param>
    public IReadOnlyList<OpenPlaceMatch> Match(IEnumerable<string> words, IReadOnlySet<string> communeIds)
    {
        var question = words.Select(Singular).ToHashSet(StringComparer.Ordinal);
        var candidates = new HashSet<int>();
        foreach (var word in question)
        {
            if (index.TryGetValue(word, out var hits))
            {
                candidates.UnionWith(hits);
            }
        }

        var matches = new List<OpenPlaceMatch>(candidates.Count);
        foreach (var i in candidates)
        {
            var total = 0.0;
            var found = 0.0;
            foreach (var word in nameWords[i])
            {
                var weight = weights[word];
                total += weight;
                if (question.Contains(word))
                {
                    found += weight;
                }
            }

            var links = places[i].Links;
            var communeNamed = (links.CommuneId is { } c && communeIds.Contains(c)) || (links.FormerCommuneId is { } f && communeIds.Contains(f))
                || (communeWords[i].Length > 0 && communeWords[i].All(question.Contains));
            matches.Add(new OpenPlaceMatch(places[i], total > 0 ? found / total : 0, communeNamed));
        }

        return [.. matches.OrderByDescending(m => m.Rank).ThenBy(m => m.Place.Name, StringComparer.Ordinal)];
    }

    /// <summary>The distinctive words of a name, folded and singular: no stop words, no single letters.</summary>
    internal static IEnumerable<string> Words(string? name) =>
        TextNormalizer.Tokenize(name).Select(t => t.Text).Where(w => w.Length > 1 && !FrenchWords.StopWords.Contains(w)).Select(Singular).Distinct(StringComparer.Ordinal);

    private static string Singular(string word) =>
        word.Length > 4 && (word.EndsWith('s') || word.EndsWith('x')) && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
