using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>A mention of one or more entities in a question, after the engine's clean-up (scope names, people).</summary>
/// <param name="FirstWord">Index of its first word in <see cref="ReadQuestion.Words"/>.</param>
/// <param name="LastWord">Index of its last word.</param>
internal sealed record Mention(int Start, int Length, string Text, int FirstWord, int LastWord, IReadOnlyList<IKnowledgeEntity> Entities, MatchExactness Exactness, int Distance)
{
    public bool IsExact => Exactness == MatchExactness.Exact;

    public bool Covers(int word) => word >= FirstWord && word <= LastWord;
}

/// <summary>What the engine read in a question: its words, cues, codes, entity mentions, and signs that it is out of scope.</summary>
internal sealed class ReadQuestion
{
    public required string Text { get; init; }

    public required IReadOnlyList<NormalizedToken> Tokens { get; init; }

    /// <summary>The folded words ("qui s occupe du vihierois" → qui, s, occupe, du, vihierois).</summary>
    public required IReadOnlyList<string> Words { get; init; }

    public required IReadOnlyList<(Cue Cue, int First, int Last)> CueSpans { get; init; }

    public required IReadOnlySet<Cue> Cues { get; init; }

    public required IReadOnlyList<ActionCodeMatch> Codes { get; init; }

    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>What the person to help needs (« démarches CAF », « apprendre la tablette », « une dame de 80 ans »).</summary>
    public IReadOnlyList<NeedMention> Needs { get; init; } = [];

    /// <summary>A place named after "à", "dans", "en"… that is not in Maine-et-Loire's geography nor in the base ("Laval").</summary>
    public string? UnknownPlace { get; init; }

    /// <summary>A thing asked for that the knowledge base never mentions ("un plombier"), after "un", "une" or "des".</summary>
    public string? UnknownSubject { get; init; }

    /// <summary>The entities it names, once resolved (<see cref="Answering.Named.From"/> fills it on first use).</summary>
    internal Named? Named { get; set; }

    public bool Has(Cue cue) => Cues.Contains(cue);

    public bool HasAny(params Cue[] cues) => cues.Any(Cues.Contains);

    /// <summary>The word at <paramref name="index"/>, or an empty string outside the question.</summary>
    public string Word(int index) => index >= 0 && index < Words.Count ? Words[index] : "";

    /// <summary>True when some cue of that kind is written just before the mention (within two words): "bassin de Saumur".</summary>
    public bool CueBefore(Mention mention, Cue cue) =>
        CueSpans.Any(c => c.Cue == cue && c.Last < mention.FirstWord && mention.FirstWord - c.Last <= 3);

    /// <summary>
    /// An entity named only by the words of a contact detail: "internet" in "site internet", "téléphone" (the topic of
    /// equipment) in "son téléphone ?". Such a mention asks for the detail, not about the entity.
    /// </summary>
    public bool NamedOnlyByDetailWords(IKnowledgeEntity entity) =>
        Mentions.Where(m => m.Entities.Contains(entity)).All(m => CueSpans.Any(c => c.Cue == Cue.ContactDetails && c.First <= m.FirstWord && m.LastWord <= c.Last + 1 && c.Last >= m.FirstWord - 1));

    /// <summary>All entities mentioned, of the given kinds, in order of appearance.</summary>
    public IEnumerable<IKnowledgeEntity> EntitiesOf(params string[] kinds) =>
        Mentions.SelectMany(m => m.Entities).Where(e => kinds.Contains(KnowledgeIds.KindOf(e.Id)));
}
