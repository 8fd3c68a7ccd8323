using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Mednum49.Knowledge.Search;

/// <summary>
/// A French full-text index (Lucene.Net, in memory) over the documents the engine gives it, for the
/// questions no pattern recognises. Built once and immutable: when the knowledge base reloads, build a new
/// one and swap it (see <see cref="SearchIndexHolder"/>). Thread-safe; one instance serves the whole app.
/// </summary>
/// <remarks>
/// The question is analysed by the same French chain as the documents (<see cref="FrenchSearchAnalyzer"/>);
/// each thing it asks about (a word with its parts and synonyms) becomes one clause that looks in the title,
/// keywords and text with decreasing weight. A word the index does not know may be a typo: the index's words
/// that share its first two letters and are one edit away (two from 8 letters on) stand in for it, with less
/// weight. Queries are built from analysed terms, never parsed, so no user text can be query syntax
/// ("qui ? quoi : où" is three words, two of them stop words).
/// </remarks>
public sealed class SearchIndex : IDisposable
{
    private const string IdField = "id";
    private const string KindField = "kind";
    private const string TitleField = "title";
    private const string KeywordsField = "keywords";
    private const string TextField = "text";

    /// <summary>Title, keywords and text together, not scored: which documents hold a word.</summary>
    private const string AllField = "all";

    private const float TypoBoost = 0.6f;
    private const double TypoCoverage = 0.75;
    private const int MaxExpansions = 50;

    private static readonly (string Name, float Boost)[] ScoredFields = [(TitleField, 3f), (KeywordsField, 2.5f), (TextField, 1f)];

    private static readonly FieldType AllFieldType = CreateAllFieldType();

    private readonly FrenchSearchAnalyzer analyzer;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IndexVocabulary vocabulary;
    private readonly SearchHit[] documents;
    private int disposed;

    private SearchIndex(FrenchSearchAnalyzer analyzer, Lucene.Net.Store.Directory directory)
    {
        this.analyzer = analyzer;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        vocabulary = IndexVocabulary.Read(reader, AllField, [.. ScoredFields.Select(f => f.Name)]);

        // Id, kind and title of every document, read once: loading stored fields per hit costs more than the search.
        documents = new SearchHit[reader.MaxDoc];
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var stored = reader.Document(doc);
            documents[doc] = new SearchHit(stored.Get(IdField), stored.Get(KindField), stored.Get(TitleField), 0, 0);
        }

        // The last one out (Dispose, or a search still running when it was called) frees the memory.
        reader.AddReaderDisposedListener(new ReleaseOnDispose(analyzer, directory));
    }

    /// <summary>How many documents the index holds.</summary>
    public int DocumentCount => documents.Length;

    /// <summary>Indexes <paramref name="documents"/> in memory. Ids must be unique.</summary>
    /// <param name="documents">What to index.</param>
    /// <param name="synonyms">Groups of equivalent French terms, applied to documents and questions alike.</param>
    /// <exception cref="ArgumentException">A document has no id or no kind, or two documents share an id.</exception>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymGroups? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var analyzer = new FrenchSearchAnalyzer(FrenchSearchAnalyzer.BuildSynonyms(synonyms ?? SynonymGroups.Empty));
        var directory = new RAMDirectory();
        try
        {
            var config = new IndexWriterConfig(FrenchSearchAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
            };
            var ids = new HashSet<string>(StringComparer.Ordinal);
            using (var writer = new IndexWriter(directory, config))
            {
                foreach (var document in documents)
                {
                    if (string.IsNullOrWhiteSpace(document.Id) || string.IsNullOrWhiteSpace(document.Kind))
                    {
                        throw new ArgumentException($"Search document '{document.Title}' needs an id and a kind.", nameof(documents));
                    }

                    if (!ids.Add(document.Id))
                    {
                        throw new ArgumentException($"Two search documents have the id '{document.Id}'.", nameof(documents));
                    }

                    writer.AddDocument(ToLucene(document));
                }

                writer.ForceMerge(1);
                writer.Commit();
            }

            return new SearchIndex(analyzer, directory);
        }
        catch
        {
            directory.Dispose();
            analyzer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The documents that answer <paramref name="question"/>, best first; empty when no document holds any of its
    /// meaningful words. Threshold on <see cref="SearchHit.Confidence"/>: in the tests, related questions score
    /// 0.5 or more and unrelated ones ("tarif du train Angers-Paris": 0.09) 0.25 or less.
    /// </summary>
    /// <param name="question">The user's text, as typed.</param>
    /// <param name="max">How many hits at most.</param>
    /// <param name="kind">Only documents of this kind, when given.</param>
    /// <exception cref="ObjectDisposedException">The index was disposed.</exception>
    public IReadOnlyList<SearchHit> Search(string? question, int max = 5, string? kind = null) =>
        TrySearch(question, max, kind, out var hits) ? hits : throw new ObjectDisposedException(nameof(SearchIndex));

    /// <summary>Releases the index; searches already running finish first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            reader.DecRef();
        }
    }

    /// <summary>Searches unless the index has been disposed (then returns false), never disposing it mid-search.</summary>
    internal bool TrySearch(string? question, int max, string? kind, out IReadOnlyList<SearchHit> hits)
    {
        hits = [];
        if (!reader.TryIncRef())
        {
            return false;
        }

        try
        {
            if (!string.IsNullOrWhiteSpace(question) && max > 0)
            {
                hits = Run(question, max, kind);
            }

            return true;
        }
        finally
        {
            reader.DecRef();
        }
    }

    private List<SearchHit> Run(string question, int max, string? kind)
    {
        var concepts = Analyse(question);
        if (concepts.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var documentFrequency = concept.Terms.Max(t => vocabulary.Documents(t).Length);
            if (documentFrequency == 0)
            {
                // Unknown to the index: perhaps a typo.
                foreach (var word in concept.Words.Where(w => w.Length >= 5 && !w.Any(char.IsDigit)))
                {
                    concept.TypoVariants.UnionWith(vocabulary.Similar(word, maxEdits: word.Length >= 8 ? 2 : 1, prefixLength: 2, MaxExpansions));
                }
            }

            // Rare words weigh more in the confidence; a word unknown to the index weighs most.
            concept.Weight = Math.Log(1 + ((documents.Length - documentFrequency + 0.5) / (documentFrequency + 0.5)));
            if (ToQuery(concept) is { } clause)
            {
                query.Add(clause, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        // In-order scoring: the out-of-order BooleanScorer allocates a 2 048-bucket table on every search.
        var filter = kind is null ? null : new QueryWrapperFilter(new TermQuery(new Term(KindField, kind)));
        var collector = TopScoreDocCollector.Create(max, docsScoredInOrder: true);
        searcher.Search(query, filter, collector);
        var totalWeight = concepts.Sum(c => c.Weight);
        return [.. collector.GetTopDocs().ScoreDocs.Select(hit => documents[hit.Doc] with
        {
            Score = hit.Score,
            Confidence = Math.Round(concepts.Sum(c => c.Weight * Coverage(c, hit.Doc)) / totalWeight, 3),
        })];
    }

    /// <summary>1 when the document holds the concept, less when it only holds a typo variant of it, else 0.</summary>
    private double Coverage(Concept concept, int document)
    {
        if (concept.Terms.Any(t => Array.BinarySearch(vocabulary.Documents(t), document) >= 0))
        {
            return 1;
        }

        return concept.TypoVariants.Any(t => Array.BinarySearch(vocabulary.Documents(t), document) >= 0) ? TypoCoverage : 0;
    }

    /// <summary>
    /// One clause per concept: the best field and term count, the others a little (a title that repeats the text
    /// is not worth twice). Only terms a field holds get a clause, with their statistics already known.
    /// </summary>
    private DisjunctionMaxQuery? ToQuery(Concept concept)
    {
        var query = new DisjunctionMaxQuery(0.1f);
        for (var field = 0; field < ScoredFields.Length; field++)
        {
            var (name, boost) = ScoredFields[field];
            foreach (var (terms, weight) in new[] { (concept.Terms, boost), (concept.TypoVariants, boost * TypoBoost) })
            {
                foreach (var term in terms)
                {
                    if (vocabulary.Context(term, field) is { } context)
                    {
                        query.Add(new TermQuery(new Term(name, term), context) { Boost = weight });
                    }
                }
            }
        }

        return query.Disjuncts.Count == 0 ? null : query;
    }

    /// <summary>
    /// The question's meaningful words after analysis. Tokens that overlap in the question (a word and its
    /// parts, a phrase and its synonyms) form one concept: "gens du voyage" is one thing asked about.
    /// </summary>
    private List<Concept> Analyse(string question)
    {
        var tokens = new List<(string Term, int Start, int End, bool Synonym)>();
        using (var stream = analyzer.GetTokenStream(TextField, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, type.Type == SynonymFilter.TYPE_SYNONYM));
            }

            stream.End();
        }

        var concepts = new List<Concept>();
        Concept? current = null;
        var currentEnd = -1;
        foreach (var token in tokens.OrderBy(t => t.Start).ThenByDescending(t => t.End))
        {
            if (current is null || token.Start >= currentEnd)
            {
                current = new Concept();
                concepts.Add(current);
            }

            current.Terms.Add(token.Term);
            if (!token.Synonym)
            {
                current.Words.Add(token.Term);
            }

            currentEnd = Math.Max(currentEnd, token.End);
        }

        return concepts;
    }

    private static Document ToLucene(SearchDocument source)
    {
        var keywords = string.Join("\n", source.Keywords ?? []);
        var document = new Document
        {
            new StringField(IdField, source.Id, Field.Store.YES),
            new StringField(KindField, source.Kind, Field.Store.YES),
        };

        // Multi-valued fields multiply their boosts: keywords are one field value, with one boost.
        foreach (var (name, value, store) in new[] { (TitleField, source.Title, Field.Store.YES), (KeywordsField, keywords, Field.Store.NO), (TextField, source.Text, Field.Store.NO) })
        {
            document.Add(new TextField(name, value ?? "", store) { Boost = source.Boost });
        }

        document.Add(new Field(AllField, string.Join("\n", source.Title, keywords, source.Text), AllFieldType));
        return document;
    }

    private static FieldType CreateAllFieldType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    /// <summary>One thing the question asks about: its words, their synonyms, and typo variants when the index does not know it.</summary>
    private sealed class Concept
    {
        public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<string> TypoVariants { get; } = new(StringComparer.Ordinal);

        public double Weight { get; set; }
    }

    private sealed class ReleaseOnDispose(FrenchSearchAnalyzer analyzer, Lucene.Net.Store.Directory directory) : IReaderDisposedListener
    {
        public void OnDispose(IndexReader reader)
        {
            directory.Dispose();
            analyzer.Dispose();
        }
    }
}
