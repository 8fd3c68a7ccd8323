using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    /// <summary>
    /// The sentences of the partners' descriptions and of the fiches that name one of the topics (by its name or a
    /// synonym of four letters or more), those sharing most of the question's words first, partners before fiches.
    /// </summary>
    private List<(string Sentence, string SourceId)> TopicSentences(IReadOnlyList<Topic> topics, IReadOnlyList<string> words)
    {
        var phrases = topics.SelectMany(t => t.Synonyms.Append(t.Name)).Select(TextNormalizer.Fold).Where(p => p.Length >= 3).Distinct().ToArray();
        static string Stem(string w) => w.Length > 6 ? w[..6] : w;
        var stems = words.Where(w => w.Length >= 4).Select(Stem).ToHashSet(StringComparer.Ordinal);
        bool Names(string folded) => phrases.Any(p => $" {folded} ".Contains($" {p} ", StringComparison.Ordinal));
        var fromPartners = Kb.Organisations
            .SelectMany(o => (o.Description ?? "").Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(s => Names(TextNormalizer.Fold(s))).Select(s => (Sentence: $"{o.Name} : {Labels.Sentence(s)}", SourceId: o.Id)));
        var fromFiches = Kb.Territories
            .SelectMany(t => FicheSentences(t, phrases).Select(x => (Sentence: $"Fiche {Labels.De(t.Name)} : {x.Sentence}", x.SourceId)));
        return [.. fromPartners.Concat(fromFiches)
            .DistinctBy(x => x.Sentence)
            .Select((x, i) => (x, Score: TextNormalizer.Tokenize(x.Sentence).Select(t => Stem(t.Text)).Distinct().Count(stems.Contains), i))
            .OrderByDescending(x => x.Score).ThenBy(x => x.i)
            .Select(x => x.x)];
    }
}
