using System.Collections.Frozen;
using System.Diagnostics;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Search;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Everything the engine derives from one knowledge-base snapshot: the gazetteer, the action codes, the full-text
/// index and the word index. Built once per snapshot, immutable, swapped in one reference write on reload.
/// </summary>
internal sealed class EngineState : IDisposable
{
    private readonly FrozenDictionary<string, IKnowledgeEntity> scopes;
    private readonly FrozenDictionary<string, string> topicsByWords;
    private readonly FrozenSet<string> nameWords;
    private readonly FrozenSet<string> textWords;

    private EngineState(KnowledgeBase kb, EntityMatcher matcher, ActionCodeRecognizer codes, SearchIndex index, FrozenDictionary<string, string[]> words, TimeSpan matcherBuild, TimeSpan indexBuild)
    {
        Kb = kb;
        Matcher = matcher;
        Codes = codes;
        Index = index;
        Words = words;
        MatcherBuild = matcherBuild;
        IndexBuild = indexBuild;
        Needs = new NeedLexicon(kb.Needs);
        scopes = ScopeEntity.All.ToFrozenDictionary(s => s.Id, s => (IKnowledgeEntity)s, StringComparer.Ordinal);
        topicsByWords = kb.Topics
            .SelectMany(t => t.Synonyms.Prepend(t.Name).Select(n => (Key: TextNormalizer.Fold(n), t.Id)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        nameWords = Gazetteer.Names(kb).SelectMany(n => n.Names).SelectMany(n => TextNormalizer.Tokenize(n)).Select(t => t.Text).ToFrozenSet(StringComparer.Ordinal);
        textWords = SearchCorpus.Documents(kb)
            .SelectMany(d => TextNormalizer.Tokenize($"{d.Title} {d.Text} {string.Join(" ", d.Keywords ?? [])}"))
            .Select(t => t.Text)
            .Concat(nameWords)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    public KnowledgeBase Kb { get; }

    public EntityMatcher Matcher { get; }

    public ActionCodeRecognizer Codes { get; }

    public SearchIndex Index { get; }

    /// <summary>Word → ids of places, structures and territories whose name holds it.</summary>
    public FrozenDictionary<string, string[]> Words { get; }

    public TimeSpan MatcherBuild { get; }

    /// <summary>The needs vocabulary (needs.yaml), ready to read questions.</summary>
    public NeedLexicon Needs { get; }

    public TimeSpan IndexBuild { get; }

    /// <summary>The engine's clock (Europe/Paris dates for opening hours): the host's <see cref="TimeProvider"/>.</summary>
    public TimeProvider Clock { get; private init; } = TimeProvider.System;

    /// <summary>The words that ask for a place's phone, address, hours… (<c>place_details:</c>).</summary>
    public Places.PlaceDetailLexicon PlaceDetails { get; private init; } = Places.PlaceDetailLexicon.Empty;

    public static EngineState Build(KnowledgeBase kb, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var clock = Stopwatch.StartNew();
        var matcher = EntityMatcher.Build(Gazetteer.Names(kb));
        var codes = new ActionCodeRecognizer(kb.Actions.Select(a => a.Code));
        var words = Gazetteer.WordIndex(kb);
        var matcherBuild = clock.Elapsed;
        clock.Restart();
        var index = SearchIndex.Build(SearchCorpus.Documents(kb), SearchCorpus.Synonyms(kb));
        return new EngineState(kb, matcher, codes, index, words, matcherBuild, clock.Elapsed) { PlaceDetails = new Places.PlaceDetailLexicon(kb.PlaceDetails, kb.PlaceKindWords), Clock = time ?? TimeProvider.System };
    }

    /// <summary>A knowledge-base entity or one of the engine's own scope names.</summary>
    public IKnowledgeEntity? Find(string id) => Kb.Find(id) ?? scopes.GetValueOrDefault(id);

    /// <summary>True when <paramref name="word"/> (folded) is a word of some name or alias the engine knows.</summary>
    public bool IsNameWord(string word) => nameWords.Contains(word);

    /// <summary>True when <paramref name="word"/> (folded) appears anywhere in the knowledge base's texts, the words that ask for a place's details or the open-data places' names.</summary>
    public bool IsTextWord(string word) => textWords.Contains(word) || PlaceDetails.HasWord(word) || Kb.OpenData.Matcher.Knows(word);

    /// <summary>The id of the topic one of whose names or synonyms is <paramref name="words"/> (folded), e.g. "fablab" → topic:fablab.</summary>
    public string? TopicFor(string words) => topicsByWords.GetValueOrDefault(TextNormalizer.Fold(words));

    /// <summary>Searches this snapshot's index; throws <see cref="IndexReplacedException"/> if it was disposed by a reload meanwhile.</summary>
    public IReadOnlyList<SearchHit> Search(string question, int max = 5, string? kind = null) =>
        Index.TrySearch(question, max, kind, out var hits) ? hits : throw new IndexReplacedException();

    public void Dispose() => Index.Dispose();
}

/// <summary>The snapshot a question started on was replaced while it ran: the engine asks again on the new one.</summary>
internal sealed class IndexReplacedException : Exception
{
    public IndexReplacedException()
        : base("The search index was replaced by a reload during the question.")
    {
    }

    public IndexReplacedException(string message)
        : base(message)
    {
    }

    public IndexReplacedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
