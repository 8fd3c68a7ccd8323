using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Places;

/// <summary>A place a question names, how much of its name the question holds (0–1, rare words weigh more) and whether it names its commune too.</summary>
public sealed record OpenPlaceMatch(OpenPlace Place, double Score, bool CommuneNamed)
{
    public double Rank => Score + (CommuneNamed ? 0.5 : 0);

    /// <summary>The weight of the name's words the question holds: of two names found whole, the one that says more.</summary>
    public double Found { get; init; }

    /// <summary>
    /// The question holds every word of the name but its kind (« les Usines Nouvelles » for « Fablab Les Usines
    /// Nouvelles »): only when kind words were given to <see cref="OpenPlaceMatcher.Match"/>.
    /// </summary>
    public bool NamedWithoutKind { get; init; }

    /// <summary>How many words of its commune's name the question holds: « Montigné-lès-Rairies » says more than « Les Rairies ».</summary>
    public int CommuneWords { get; init; }
}

/// <summary>
/// Finds the places of the open-data files a question names, whatever their names: an index of the distinctive
/// words of each name (its commune's words aside, since people say « la médiathèque de Trélazé » as often as
/// « la médiathèque Jean Vilar »), weighted by rarity (IDF), plus whether the question names the place's commune.
/// </summary>
/// <remarks>
/// Common words (« france », « services », « centre », « numérique ») are in thousands of names: scoring every place
/// that shares one made a question cost milliseconds. Only places that can reach the asked score, or whose commune
/// the question names, are scored. The question's rare words (few places each) are followed in full; for its common
/// words, a place that holds none of the rare ones has found at most the common words' weight, so only places whose
/// whole name weighs no more than that over the score asked can qualify — each common word's places are kept sorted
/// by that weight and read only up to it. The scores are computed exactly as if every place were scored.
/// </remarks>
internal sealed class OpenPlaceMatcher
{
    /// <summary>Places followed in full for the question's rarest words, at most (about; one word's list is never cut).</summary>
    private const int RareBudget = 64;

    private static readonly string[] FranceServices = ["france", "service"];

    private readonly OpenPlace[] places;
    private readonly int[][] nameWords;
    private readonly string[][] communeWords;

    /// <summary>The weight of each place's whole name (its distinctive words' weights, summed in name order).</summary>
    private readonly double[] totals;

    /// <summary>Word → its id; <see cref="postings"/> and <see cref="weights"/> are by id. Plain dictionaries: built at every load, read a few times a question.</summary>
    private readonly Dictionary<string, int> wordIds;

    /// <summary>For each word, the places whose names hold it, lightest names first.</summary>
    private readonly int[][] postings;

    private readonly double[] weights;

    /// <summary>The names' words by length and first letter, to read a typed word with one typo (« médiatèque »).</summary>
    private readonly Dictionary<int, List<string>> byShape = [];

    /// <summary>Commune or former commune id → its places; and the first word of a commune's name → the places there.</summary>
    private readonly Dictionary<string, int[]> byCommune;
    private readonly Dictionary<string, int[]> byCommuneWord;

    public OpenPlaceMatcher(IReadOnlyList<OpenPlace> all)
    {
        places = [.. all];
        // Thousands of places, a few hundred communes: each commune's words once.
        var byName = new Dictionary<string, string[]>(StringComparer.Ordinal);
        communeWords = [.. places.Select(p => p.CommuneName is null ? [] : byName.TryGetValue(p.CommuneName, out var known) ? known : byName[p.CommuneName] = [.. Words(p.CommuneName)])];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<List<int>>();
        nameWords = new int[places.Length][];
        var own = new List<int>();
        for (var i = 0; i < places.Length; i++)
        {
            // The name's words but its commune's, then « france service » for every France Services, each once.
            var words = Words(places[i].Name).Where(w => Array.IndexOf(communeWords[i], w) < 0);
            own.Clear();
            foreach (var word in places[i].IsFranceServices ? words.Concat(FranceServices) : words)
            {
                if (!ids.TryGetValue(word, out var id))
                {
                    ids[word] = id = lists.Count;
                    lists.Add([]);
                }

                if (!own.Contains(id))
                {
                    own.Add(id);
                    lists[id].Add(i);
                }
            }

            nameWords[i] = [.. own];
        }

        wordIds = ids;
        foreach (var word in ids.Keys)
        {
            if (!byShape.TryGetValue(Shape(word.Length, word[0]), out var same))
            {
                byShape[Shape(word.Length, word[0])] = same = [];
            }

            same.Add(word);
        }
        weights = [.. lists.Select(l => Math.Log(1 + ((double)places.Length / l.Count)))];
        totals = new double[places.Length];
        for (var i = 0; i < places.Length; i++)
        {
            foreach (var id in nameWords[i])
            {
                totals[i] += weights[id];
            }
        }

        postings = [.. lists.Select(l => l.OrderBy(i => totals[i]).ThenBy(i => i).ToArray())];
        byCommune = Group(places.Select((p, i) => (p, i)).SelectMany(x => new[] { x.p.Links.CommuneId, x.p.Links.FormerCommuneId }.OfType<string>().Distinct().Select(c => (c, x.i))));
        byCommuneWord = Group(communeWords.Select((w, i) => (w, i)).Where(x => x.w.Length > 0).Select(x => (x.w[0], x.i)));
    }

    /// <summary>True when <paramref name="word"/> (folded) is a distinctive word of some place's name.</summary>
    public bool Knows(string word) => wordIds.ContainsKey(Singular(word));

    /// <summary>The places whose names share words with the question, best first.</summary>
    /// <param name="words">The question's folded words, without those that asked for a detail.</param>
    /// <param name="communeIds">Communes (or former communes) the question names, as the engine read them.</param>
    /// <param name="minScore">Only places with at least this score, or whose commune the question names (0: every place that shares a word).</param>
    /// <param name="kindWords">Words that say what kind of place it is (« médiathèque », « fablab »), folded: a place whose other words are all in the question is kept too.</param>
    public IReadOnlyList<OpenPlaceMatch> Match(IEnumerable<string> words, IReadOnlySet<string> communeIds, double minScore = 0, IReadOnlySet<string>? kindWords = null)
    {
        var question = words.Select(Singular).ToHashSet(StringComparer.Ordinal);

        var askedIds = question.Select(w => wordIds.TryGetValue(w, out var id) ? id : -1).Where(id => id >= 0).ToHashSet();
        if (askedIds.Count == 0)
        {
            return [];
        }

        var candidates = Candidates(question, askedIds, communeIds, minScore);
        var kindIds = kindWords?.Select(w => wordIds.TryGetValue(Singular(w), out var id) ? id : -1).Where(id => id >= 0).ToHashSet() ?? [];
        var matches = new List<(OpenPlaceMatch Match, int Index)>();
        foreach (var i in candidates)
        {
            var total = 0.0;
            var found = 0.0;
            var own = 0;
            var ownMissing = false;
            foreach (var id in nameWords[i])
            {
                var weight = weights[id];
                total += weight;
                if (askedIds.Contains(id))
                {
                    found += weight;
                }

                if (!kindIds.Contains(id))
                {
                    own++;
                    ownMissing |= !askedIds.Contains(id);
                }
            }

            var score = total > 0 ? found / total : 0;
            var links = places[i].Links;
            var communeNamed = (links.CommuneId is { } c && communeIds.Contains(c)) || (links.FormerCommuneId is { } f && communeIds.Contains(f))
                || (communeWords[i].Length > 0 && communeWords[i].All(question.Contains))
                // « Ste Gemmes », « Saint Barthélemy »: a long name said by its first two words.
                || (communeWords[i].Length >= 3 && question.Contains(communeWords[i][0]) && question.Contains(communeWords[i][1]));
            var withoutKind = kindIds.Count > 0 && own > 0 && own < nameWords[i].Length && !ownMissing;
            if (found > 0 && (score >= minScore || communeNamed || withoutKind))
            {
                matches.Add((new OpenPlaceMatch(places[i], score, communeNamed) { Found = found, NamedWithoutKind = withoutKind, CommuneWords = communeWords[i].Count(question.Contains) }, i));
            }
        }

        return [.. matches.OrderByDescending(m => m.Match.Rank).ThenBy(m => m.Match.Place.Name, StringComparer.Ordinal).ThenBy(m => m.Index).Select(m => m.Match)];
    }

    /// <summary>The question's words, each word no name holds read as the one name word it is one typo away from (« médiatèque »).</summary>
    /// <param name="known">Words that mean something else already (a commune's, a roadmap name's): never read as typos.</param>
    public IReadOnlyList<string> WithTypos(IReadOnlyList<string> words, Func<string, bool>? known = null)
    {
        string[]? corrected = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = Singular(words[i]);
            if (word.Length >= 6 && !wordIds.ContainsKey(word) && !FrenchWords.CommonWords.Contains(word) && known?.Invoke(words[i]) != true
                && Corrected(word) is { } close)
            {
                corrected ??= [.. words];
                corrected[i] = close;
            }
        }

        return corrected ?? words;
    }

    /// <summary>The only name word one typo away from <paramref name="word"/> (same first letter), or null.</summary>
    private string? Corrected(string word)
    {
        string? found = null;
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            foreach (var known in byShape.GetValueOrDefault(Shape(length, word[0])) ?? [])
            {
                if (EditDistance.Bounded(word, known, 1) <= 1)
                {
                    if (found is not null && found != known)
                    {
                        return null;
                    }

                    found = known;
                }
            }
        }

        return found;
    }

    /// <summary>How many places <see cref="Match"/> scores for this question: what the index saves (for tests).</summary>
    internal int CountScored(IEnumerable<string> words, IReadOnlySet<string> communeIds, double minScore)
    {
        var question = words.Select(Singular).ToHashSet(StringComparer.Ordinal);
        var askedIds = question.Select(w => wordIds.TryGetValue(w, out var id) ? id : -1).Where(id => id >= 0).ToHashSet();
        return askedIds.Count == 0 ? 0 : Candidates(question, askedIds, communeIds, minScore).Count;
    }

    /// <summary>The places that may reach <paramref name="minScore"/> or are in a named commune, and share a word with the question.</summary>
    private HashSet<int> Candidates(HashSet<string> question, HashSet<int> askedIds, IReadOnlySet<string> communeIds, double minScore)
    {
        var asked = askedIds.OrderBy(id => postings[id].Length).ThenBy(id => id).ToList();
        var candidates = new HashSet<int>();

        // The rare words: every place that holds one.
        var rare = 0;
        var followed = 0;
        while (rare < asked.Count && (minScore <= 0 || followed + postings[asked[rare]].Length <= RareBudget))
        {
            followed += postings[asked[rare]].Length;
            candidates.UnionWith(postings[asked[rare]]);
            rare++;
        }

        // The common words: only places light enough to reach the score on them alone (a tolerance keeps rounding on the safe side).
        var common = 0.0;
        for (var k = rare; k < asked.Count; k++)
        {
            common += weights[asked[k]];
        }

        var heaviest = common / minScore * (1 + 1e-9);
        for (var k = rare; k < asked.Count; k++)
        {
            foreach (var i in postings[asked[k]])
            {
                if (totals[i] > heaviest)
                {
                    break;
                }

                candidates.Add(i);
            }
        }

        // The places of the communes the question names: any shared word is enough for them.
        foreach (var commune in communeIds)
        {
            AddSharing(byCommune.GetValueOrDefault(commune), candidates, askedIds);
        }

        foreach (var word in question)
        {
            AddSharing(byCommuneWord.GetValueOrDefault(word), candidates, askedIds);
        }

        return candidates;
    }

    /// <summary>
    /// The distinctive words of a name, folded and singular: no stop words, no single letters; abbreviations written out
    /// as questions are (« EPN de Beaufort » holds « espace public numérique »).
    /// </summary>
    internal static IEnumerable<string> Words(string? name) =>
        Written(name).Where(w => w.Length > 1 && !FrenchWords.StopWords.Contains(w)).Select(Singular).Distinct(StringComparer.Ordinal);

    /// <summary>The folded words of a name, its abbreviations written out.</summary>
    private static IEnumerable<string> Written(string? name)
    {
        var abbreviations = Answering.ConversationVocabulary.WordAbbreviations;
        foreach (var token in TextNormalizer.Tokenize(name))
        {
            if (abbreviations.TryGetValue(token.Text, out var whole))
            {
                foreach (var word in whole)
                {
                    yield return word;
                }
            }
            else
            {
                yield return token.Text;
            }
        }
    }

    private void AddSharing(int[]? here, HashSet<int> candidates, HashSet<int> askedIds)
    {
        foreach (var i in here ?? [])
        {
            if (nameWords[i].Any(askedIds.Contains))
            {
                candidates.Add(i);
            }
        }
    }

    private static Dictionary<string, int[]> Group(IEnumerable<(string Key, int Index)> pairs)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, index) in pairs)
        {
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != index)
            {
                list.Add(index);
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }

    private static int Shape(int length, char first) => (length << 16) | first;

    private static string Singular(string word) =>
        word.Length > 4 && (word.EndsWith('s') || word.EndsWith('x')) && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
