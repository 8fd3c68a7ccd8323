using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Search;

/// <summary>
/// Every analysed term of an immutable index, with the documents that hold it and its statistics in each
/// scored field, read once when the index is opened. A question then needs no term enumerator (each one
/// costs kilobytes) to weigh its words, find typo variants, build its term queries or tell which documents
/// cover it.
/// </summary>
internal sealed class IndexVocabulary
{
    private readonly FrozenDictionary<string, Entry> entries;
    private readonly string[] sorted;

    private IndexVocabulary(Dictionary<string, Entry> entries)
    {
        this.entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        sorted = [.. entries.Keys.Order(StringComparer.Ordinal)];
    }

    /// <param name="reader">The index.</param>
    /// <param name="allField">The field that holds every word of a document.</param>
    /// <param name="scoredFields">The fields whose frequencies are kept, in this order.</param>
    public static IndexVocabulary Read(IndexReader reader, string allField, IReadOnlyList<string> scoredFields)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        DocsEnum? postings = null;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(allField)?.GetEnumerator();
            while (terms is not null && terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                if (!documents.TryGetValue(term, out var list))
                {
                    documents[term] = list = [];
                }

                postings = terms.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    list.Add(leaf.DocBase + doc);
                }
            }
        }

        foreach (var (term, list) in documents)
        {
            entries[term] = new Entry([.. list], new TermContext?[scoredFields.Count]);
        }

        for (var field = 0; field < scoredFields.Count; field++)
        {
            foreach (var leaf in reader.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms(scoredFields[field])?.GetEnumerator();
                while (terms is not null && terms.MoveNext())
                {
                    if (entries.TryGetValue(terms.Term.Utf8ToString(), out var entry))
                    {
                        entry.Contexts[field] ??= new TermContext(reader.Context);
                        entry.Contexts[field]!.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
                    }
                }
            }
        }

        return new IndexVocabulary(entries);
    }

    /// <summary>The documents (ids in the index) that hold <paramref name="term"/> in any field; empty when none.</summary>
    public int[] Documents(string term) => entries.TryGetValue(term, out var entry) ? entry.Documents : [];

    /// <summary>
    /// Where <paramref name="term"/> stands in the scored field number <paramref name="field"/>, for a
    /// <see cref="TermQuery"/> that then skips its own lookup; null when the field does not hold it.
    /// Read-only once built, so shared by concurrent searches.
    /// </summary>
    public TermContext? Context(string term, int field) => entries.TryGetValue(term, out var entry) ? entry.Contexts[field] : null;

    /// <summary>
    /// The terms that start with the same <paramref name="prefixLength"/> letters as <paramref name="word"/> and are
    /// at most <paramref name="maxEdits"/> edits (Damerau-Levenshtein) from it: what a FuzzyQuery expands to.
    /// </summary>
    public List<string> Similar(string word, int maxEdits, int prefixLength, int maxExpansions = 50)
    {
        var similar = new List<string>();
        if (word.Length < prefixLength)
        {
            return similar;
        }

        var prefix = word[..prefixLength];
        var start = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        for (var i = start < 0 ? ~start : start; i < sorted.Length && similar.Count < maxExpansions; i++)
        {
            var candidate = sorted[i];
            if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (candidate != word && EditDistance.Bounded(word, candidate, maxEdits) <= maxEdits)
            {
                similar.Add(candidate);
            }
        }

        return similar;
    }

    private sealed record Entry(int[] Documents, TermContext?[] Contexts);
}
