namespace Mednum49.Knowledge.Understanding;

/// <summary>
/// Finds the gazetteer entities a question mentions, typed as people type in a chat: without accents,
/// with a typo, with or without the punctuation inside a name. Built once; immutable and thread-safe.
/// </summary>
/// <remarks>
/// Names and questions are folded by <see cref="TextNormalizer"/> and compared word-joined, so "biblio pole",
/// "bibliopole" and "BiblioPôle" are the same name, and so are "lys haut layon" and "Lys-Haut-Layon" (but not
/// when a piece is a stop word: "tout le monde" is not Toutlemonde). "st"/"ste" read "saint"/"sainte", "agglo"
/// reads "agglomération", and a leading article may be omitted ("Lion d'Angers").
/// Typos are tolerated in names of 5 letters or more: Damerau-Levenshtein distance 1 up to 8 letters, 2 beyond
/// (1 again past 16 joined letters), same first letter. Never in numbers, stop words, the words of known names,
/// or everyday French words (a hand list plus the 22 000 most frequent words): "bassin" does not become
/// "Brissac", "ligne" does not become "Luigné". Several words are corrected only when the first one starts a name.
/// The first words of a longer name that at most 4 entities share are a partial match ("brissac").
/// The longest mention wins ("Saumur Val de Loire" over "Saumur"), then exact over fuzzy over partial.
/// Exact lookups go through a dictionary of joined names, fuzzy ones through a dictionary of deletions
/// (SymSpell): a question costs a few hundred hash lookups, whatever the size of the gazetteer.
/// </remarks>
public sealed class EntityMatcher
{
    private const int MaxPartialEntities = 4;

    /// <summary>Names longer than this (joined) tolerate one typo in lookups, not two: deletion variants grow with the square of the length.</summary>
    private const int MaxKeyForTwoTypos = 16;

    private readonly Form[] forms;
    private readonly string[] keys;
    private readonly int[][] keyForms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> exact;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> deletions;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> vocabulary;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> firstWordDeletions;
    private readonly int maxTokens;
    private readonly int maxKeyLength;

    private EntityMatcher(List<Form> forms, List<string> keys, List<List<int>> keyForms, HashSet<string> vocabulary, Dictionary<string, List<int>> prefixForms)
    {
        this.forms = [.. forms];
        this.keys = [.. keys];
        this.keyForms = [.. keyForms.Select(f => f.ToArray())];

        var exactKeys = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        var deletionKeys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < keys.Count; id++)
        {
            exactKeys[keys[id]] = id;
            var depth = Math.Min(Tolerance(keys[id].Length), keys[id].Length <= MaxKeyForTwoTypos ? 2 : 1);
            foreach (var deletion in Deletions(keys[id], depth, includeSelf: true))
            {
                if (!deletionKeys.TryGetValue(deletion, out var ids))
                {
                    deletionKeys[deletion] = ids = [];
                }

                if (ids.Count == 0 || ids[^1] != id)
                {
                    ids.Add(id);
                }
            }
        }

        exact = exactKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        deletions = deletionKeys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

        // Several words are only typo-corrected when the first one is (nearly) the first word of a name.
        var first = forms.Select(f => f.FirstWord).ToHashSet(StringComparer.Ordinal);
        firstWords = first.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordDeletions = first
            .Where(w => w.Length >= 5)
            .SelectMany(w => Deletions(w, 1, includeSelf: true).Select(d => (Deletion: d, Word: w)))
            .GroupBy(p => p.Deletion, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Word).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        // A prefix shared by many entities ("mairie deleguee", "saint") designates none of them.
        prefixes = prefixForms
            .Where(p => !exactKeys.ContainsKey(p.Key) && p.Value.Select(f => forms[f].EntityId).Distinct().Count() <= MaxPartialEntities)
            .ToDictionary(p => p.Key, p => p.Value.Distinct().Order().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        maxTokens = forms.Count == 0 ? 0 : forms.Max(f => f.TokenCount);
        maxKeyLength = keys.Count == 0 ? 0 : keys.Max(k => k.Length);
    }

    /// <summary>How many distinct (entity, folded name) pairs the matcher knows, article-less variants included.</summary>
    public int FormCount => forms.Length;

    /// <summary>Builds the matcher from the names and aliases of every entity. Names made only of stop words are ignored.</summary>
    public static EntityMatcher Build(IEnumerable<EntityName> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var forms = new List<Form>();
        var keys = new List<string>();
        var keyForms = new List<List<int>>();
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<(string EntityId, string Key)>();
        var prefixForms = new Dictionary<string, List<int>>(StringComparer.Ordinal);

        foreach (var entity in entities)
        {
            foreach (var name in entity.Names.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                foreach (var tokens in Variants(KeyTokens(name)))
                {
                    var key = string.Concat(tokens);
                    if (!seen.Add((entity.EntityId, key)))
                    {
                        continue;
                    }

                    if (!keyIds.TryGetValue(key, out var keyId))
                    {
                        keyIds[key] = keyId = keys.Count;
                        keys.Add(key);
                        keyForms.Add([]);
                    }

                    foreach (var prefix in Prefixes(tokens))
                    {
                        if (!prefixForms.TryGetValue(prefix, out var ids))
                        {
                            prefixForms[prefix] = ids = [];
                        }

                        ids.Add(forms.Count);
                    }

                    keyForms[keyId].Add(forms.Count);
                    forms.Add(new Form(entity.EntityId, entity.Kind, name, tokens.Count, Boundaries(tokens), tokens[0]));
                    vocabulary.UnionWith(tokens);
                }
            }
        }

        return new EntityMatcher(forms, keys, keyForms, vocabulary, prefixForms);
    }

    /// <summary>The entity mentions in <paramref name="question"/>, in the order they appear, never overlapping.</summary>
    public IReadOnlyList<EntityMatch> Match(string? question)
    {
        if (string.IsNullOrWhiteSpace(question) || forms.Length == 0)
        {
            return [];
        }

        var query = Query.Create(question, this);
        if (query.Count == 0)
        {
            return [];
        }

        var candidates = new List<Candidate>();
        var seenKeys = new List<int>();
        for (var first = 0; first < query.Count; first++)
        {
            for (var last = first; last < query.Count && last - first < maxTokens + 2; last++)
            {
                var span = query.Span(first, last);
                if (span.Length > maxKeyLength + 2)
                {
                    break;
                }

                // Whole words that start a name ("saint macaire") are read before a near spelling of another whole
                // name ("Saint-Nazaire"): letters typed exactly are the stronger evidence.
                if (TryExact(query, first, last, span, out var candidate)
                    || TryPartial(query, first, last, span, out candidate)
                    || TryFuzzy(query, first, last, span, seenKeys, out candidate))
                {
                    candidates.Add(candidate);
                }
            }
        }

        return Select(question, query, candidates);
    }

    private bool TryExact(Query query, int first, int last, ReadOnlySpan<char> span, out Candidate candidate)
    {
        candidate = default;
        if (!exact.TryGetValue(span, out var keyId) || (first == last && query.IsStop[first]))
        {
            return false;
        }

        var accepted = keyForms[keyId].Where(f => AcceptsExact(query, first, last, forms[f])).ToArray();
        if (accepted.Length == 0)
        {
            return false;
        }

        candidate = new Candidate(first, last, MatchExactness.Exact, 0, span.Length, accepted);
        return true;
    }

    /// <summary>The first words of a longer name, when the question does not hold a whole one there.</summary>
    private bool TryPartial(Query query, int first, int last, ReadOnlySpan<char> span, out Candidate candidate)
    {
        candidate = default;
        if (span.Length < 5 || query.IsStop[first] || query.IsStop[last] || !prefixes.TryGetValue(span, out var ids))
        {
            return false;
        }

        var accepted = ids.Where(f => AcceptsExact(query, first, last, forms[f])).ToArray();
        if (accepted.Length == 0)
        {
            return false;
        }

        candidate = new Candidate(first, last, MatchExactness.Partial, 0, span.Length, accepted);
        return true;
    }

    /// <summary>
    /// A name typed in pieces ("biblio pole") matches, but not when a piece is a stop word:
    /// "tout le monde" is not the commune of Toutlemonde.
    /// </summary>
    private static bool AcceptsExact(Query query, int first, int last, Form form)
    {
        var splits = false;
        for (var t = first; t < last && !splits; t++)
        {
            splits = Array.IndexOf(form.Boundaries, query.End(first, t)) < 0;
        }

        return !splits || !query.HasStopWord(first, last);
    }

    private bool TryFuzzy(Query query, int first, int last, ReadOnlySpan<char> span, List<int> seenKeys, out Candidate candidate)
    {
        candidate = default;
        var tolerance = query.ToleranceFor(first, last, span.Length);
        if (tolerance == FuzzyTolerance.None)
        {
            return false;
        }

        seenKeys.Clear();
        var best = int.MaxValue;
        var bestKeys = new List<int>();

        // Deletions never touch the first letter: both sides keep it, so a match needs the same first letter.
        var reach = span.Length is >= 7 and <= MaxKeyForTwoTypos + 2 ? 2 : 1;
        Span<char> once = stackalloc char[span.Length];
        Span<char> twice = stackalloc char[span.Length];
        Visit(span, span, seenKeys, ref best, bestKeys);
        for (var i = 1; i < span.Length; i++)
        {
            var one = Delete(span, i, once);
            Visit(span, one, seenKeys, ref best, bestKeys);
            for (var j = i; reach > 1 && j < one.Length; j++)
            {
                Visit(span, Delete(one, j, twice), seenKeys, ref best, bestKeys);
            }
        }

        var words = last - first + 1;
        if (words > 1 && query.WordAt(first).Length <= 4)
        {
            // A short first word is an acronym or a small word: a typo there makes another name ("CPAM de
            // Maine-et-Loire" is not "Caf de Maine-et-Loire"), so it must be typed as the name has it.
            var firstWord = query.WordAt(first).ToString();
            bestKeys.RemoveAll(k => !keys[k].StartsWith(firstWord, StringComparison.Ordinal));
        }

        if (bestKeys.Count == 0 || (tolerance == FuzzyTolerance.Strict && best > 1))
        {
            return false;
        }

        // Plain words ("france service") may only be a typo away from a name of as many words.
        var accepted = bestKeys
            .SelectMany(k => keyForms[k])
            .Order()
            .Where(f => forms[f].TokenCount == words || (tolerance == FuzzyTolerance.Normal && !query.HasStopWord(first, last)))
            .ToArray();
        if (accepted.Length == 0)
        {
            return false;
        }

        candidate = new Candidate(first, last, MatchExactness.Fuzzy, best, span.Length, accepted);
        return true;
    }

    /// <summary>Checks the names reached by one deletion variant of the query and keeps the closest ones.</summary>
    private void Visit(ReadOnlySpan<char> span, ReadOnlySpan<char> variant, List<int> seenKeys, ref int best, List<int> bestKeys)
    {
        if (!deletions.TryGetValue(variant, out var ids))
        {
            return;
        }

        foreach (var id in ids)
        {
            if (seenKeys.Contains(id))
            {
                continue;
            }

            seenKeys.Add(id);
            var tolerance = Tolerance(keys[id].Length);
            var distance = EditDistance.Bounded(span, keys[id], tolerance);
            if (distance > tolerance || distance > best)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                bestKeys.Clear();
            }

            bestKeys.Add(id);
        }
    }

    /// <summary>True when <paramref name="word"/> is a word of some name.</summary>
    private bool IsNameWord(ReadOnlySpan<char> word) => vocabulary.Contains(word);

    /// <summary>True when <paramref name="word"/> is the first word of a name, or one typo away from one of 5 letters or more.</summary>
    private bool IsFirstWord(ReadOnlySpan<char> word)
    {
        if (firstWords.Contains(word))
        {
            return true;
        }

        if (word.Length < 5)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var variant = i == 0 ? word : Delete(word, i, buffer);
            if (!firstWordDeletions.TryGetValue(variant, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (EditDistance.Bounded(word, candidate, 1) <= 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<EntityMatch> Select(string question, Query query, List<Candidate> candidates)
    {
        // Longest mention first (in words, then letters), exact before fuzzy before partial, then leftmost.
        candidates.Sort((a, b) =>
            a.Words != b.Words ? b.Words.CompareTo(a.Words)
            : a.Exactness != b.Exactness ? a.Exactness.CompareTo(b.Exactness)
            : a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.First.CompareTo(b.First));

        var taken = new bool[query.Count];
        var matches = new List<EntityMatch>();
        foreach (var candidate in candidates)
        {
            if (Enumerable.Range(candidate.First, candidate.Words).Any(t => taken[t]))
            {
                continue;
            }

            for (var t = candidate.First; t <= candidate.Last; t++)
            {
                taken[t] = true;
            }

            var start = query.SourceStart(candidate.First);
            var length = query.SourceEnd(candidate.Last) - start;
            var entities = candidate.Forms
                .Select(f => forms[f])
                .DistinctBy(f => f.EntityId)
                .Select(f => new MatchedEntity(f.EntityId, f.Kind, f.Name))
                .ToArray();
            matches.Add(new EntityMatch(start, length, question.Substring(start, length), entities, candidate.Exactness, candidate.Distance));
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    private static int Tolerance(int length) => length < 5 ? 0 : length <= 8 ? 1 : 2;

    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> text, int index, Span<char> buffer)
    {
        text[..index].CopyTo(buffer);
        text[(index + 1)..].CopyTo(buffer[index..]);
        return buffer[..(text.Length - 1)];
    }

    private static IEnumerable<string> Deletions(string key, int depth, bool includeSelf)
    {
        if (includeSelf)
        {
            yield return key;
        }

        if (depth == 0)
        {
            yield break;
        }

        for (var i = 1; i < key.Length; i++)
        {
            var deleted = key.Remove(i, 1);
            yield return deleted;
            if (depth > 1)
            {
                for (var j = i; j < deleted.Length; j++)
                {
                    yield return deleted.Remove(j, 1);
                }
            }
        }
    }

    private static List<string> KeyTokens(string name)
    {
        var folded = FoldedText.Scan(name);
        var tokens = new List<string>(folded.Count);
        for (var i = 0; i < folded.Count; i++)
        {
            var token = folded.TokenText(i).ToString();
            tokens.Add(FrenchWords.Abbreviations.GetValueOrDefault(token, token));
        }

        return tokens;
    }

    private static IEnumerable<List<string>> Variants(List<string> tokens)
    {
        if (tokens.Count == 0 || tokens.All(FrenchWords.StopWords.Contains))
        {
            yield break;
        }

        yield return tokens;

        // "Le Lion-d'Angers" is also typed "Lion d'Angers"; not when what remains is a plain word ("La Plaine").
        var rest = tokens.Skip(1).ToList();
        if (FrenchWords.Articles.Contains(tokens[0])
            && !rest.All(FrenchWords.StopWords.Contains)
            && !(rest.Count == 1 && (rest[0].Length < 4 || FrenchWords.CommonWords.Contains(rest[0]) || FrenchWords.FrequentWords.Contains(rest[0]))))
        {
            yield return rest;
        }
    }

    /// <summary>
    /// The leading words of a name of several words, as people shorten it ("Brissac" for "Brissac Loire
    /// Aubance"): at least 5 letters, not ending on a stop word, and not a single everyday word.
    /// </summary>
    private static IEnumerable<string> Prefixes(List<string> tokens)
    {
        for (var count = 1; count < tokens.Count; count++)
        {
            var last = tokens[count - 1];
            if (FrenchWords.StopWords.Contains(last) || FrenchWords.StopWords.Contains(tokens[0]))
            {
                continue;
            }

            if (count == 1 && (FrenchWords.CommonWords.Contains(last) || FrenchWords.FrequentWords.Contains(last)))
            {
                continue;
            }

            var prefix = string.Concat(tokens.Take(count));
            if (prefix.Length >= 5)
            {
                yield return prefix;
            }
        }
    }

    private static int[] Boundaries(List<string> tokens)
    {
        var boundaries = new int[tokens.Count - 1];
        var end = 0;
        for (var i = 0; i < boundaries.Length; i++)
        {
            end += tokens[i].Length;
            boundaries[i] = end;
        }

        return boundaries;
    }

    private enum FuzzyTolerance
    {
        None,

        /// <summary>Distance 1, to a name of as many words.</summary>
        Strict,

        /// <summary>Distance 1 for names of 5 to 8 letters, 2 beyond.</summary>
        Normal,
    }

    /// <param name="Boundaries">Where each word but the last ends in the joined key.</param>
    /// <param name="FirstWord">Its first folded word.</param>
    private sealed record Form(string EntityId, string Kind, string Name, int TokenCount, int[] Boundaries, string FirstWord);

    private readonly record struct Candidate(int First, int Last, MatchExactness Exactness, int Distance, int Length, int[] Forms)
    {
        public int Words => Last - First + 1;
    }

    /// <summary>The question's folded words, joined in one buffer, with what the matcher needs to know about each.</summary>
    private sealed class Query
    {
        private readonly char[] joined;
        private readonly int[] starts;
        private readonly int[] lengths;
        private readonly FoldedText folded;
        private readonly bool[] fuzzable;
        private readonly bool[] plain;
        private readonly bool[] anchors;

        private Query(FoldedText folded, char[] joined, int[] starts, int[] lengths, bool[] isStop, bool[] fuzzable, bool[] plain, bool[] anchors)
        {
            this.anchors = anchors;
            this.folded = folded;
            this.joined = joined;
            this.starts = starts;
            this.lengths = lengths;
            IsStop = isStop;
            this.fuzzable = fuzzable;
            this.plain = plain;
        }

        public int Count => starts.Length;

        public bool[] IsStop { get; }

        public static Query Create(string question, EntityMatcher matcher)
        {
            var folded = FoldedText.Scan(question);
            var count = folded.Count;
            var joined = new char[folded.Length * 4];
            var starts = new int[count];
            var lengths = new int[count];
            var isStop = new bool[count];
            var fuzzable = new bool[count];
            var plain = new bool[count];
            var anchors = new bool[count];
            var position = 0;
            for (var i = 0; i < count; i++)
            {
                ReadOnlySpan<char> token = folded.TokenText(i);
                if (token.Length <= 5 && FrenchWords.AbbreviationLookup.TryGetValue(token, out var expanded))
                {
                    token = expanded;
                }

                if (position + token.Length > joined.Length)
                {
                    Array.Resize(ref joined, (position + token.Length) * 2);
                }

                token.CopyTo(joined.AsSpan(position));
                starts[i] = position;
                lengths[i] = token.Length;
                position += token.Length;

                isStop[i] = FrenchWords.StopWordLookup.Contains(token);
                var common = FrenchWords.CommonWordLookup.Contains(token);
                plain[i] = isStop[i] || common;

                // A word people type correctly all the time, a word of a known name or a number is never "corrected".
                fuzzable[i] = !plain[i]
                    && !FrenchWords.FrequentWordLookup.Contains(token)
                    && !matcher.IsNameWord(token)
                    && !token.ContainsAnyInRange('0', '9');
                anchors[i] = !isStop[i] && matcher.IsFirstWord(token);
            }

            return new Query(folded, joined, starts, lengths, isStop, fuzzable, plain, anchors);
        }

        public ReadOnlySpan<char> Span(int first, int last) => joined.AsSpan(starts[first], End(first, last));

        /// <summary>Length of the joined words from <paramref name="first"/> to <paramref name="last"/>.</summary>
        public int End(int first, int last) => starts[last] + lengths[last] - starts[first];

        public int SourceStart(int token) => folded.Tokens[token].SourceStart;

        public int SourceEnd(int token) => folded.Tokens[token].SourceEnd;

        public bool HasStopWord(int first, int last)
        {
            for (var t = first; t <= last; t++)
            {
                if (IsStop[t])
                {
                    return true;
                }
            }

            return false;
        }

        public ReadOnlySpan<char> WordAt(int t) => joined.AsSpan(starts[t], lengths[t]);

        /// <summary>
        /// Typo tolerance for a run of words: long enough, no number, not starting or ending with a stop word.
        /// A single word must itself be fuzzable; several words must start like a name, and a run of plain
        /// words only gets <see cref="FuzzyTolerance.Strict"/>.
        /// </summary>
        public FuzzyTolerance ToleranceFor(int first, int last, int length)
        {
            if (length < 5 || IsStop[first] || IsStop[last])
            {
                return FuzzyTolerance.None;
            }

            if (first == last)
            {
                return fuzzable[first] ? FuzzyTolerance.Normal : FuzzyTolerance.None;
            }

            if (!anchors[first])
            {
                return FuzzyTolerance.None;
            }

            var hasContent = false;
            for (var t = first; t <= last; t++)
            {
                if (joined.AsSpan(starts[t], lengths[t]).ContainsAnyInRange('0', '9'))
                {
                    return FuzzyTolerance.None;
                }

                hasContent |= !plain[t];
            }

            return hasContent ? FuzzyTolerance.Normal : FuzzyTolerance.Strict;
        }
    }
}
