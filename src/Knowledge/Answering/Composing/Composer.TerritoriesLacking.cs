using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    private static readonly string[] NegationMarkers = [" pas ", " aucun ", " aucune ", " sans ", " ni ", " n a ", " n ont ", " ne "];

    /// <summary>
    /// "Quel territoire n'a pas de diagnostic ?", "quelle intercommunalité n'a pas d'instance de coordination ?": the
    /// fiches' sentences that hold one of the asked words with a negation, territory by territory.
    /// </summary>
    public Answer TerritoriesLacking(IReadOnlyList<string> words)
    {
        var answer = New(QuestionKinds.Territory);
        static string Stem(string w) => w.Length > 6 ? w[..6] : w;
        var stems = words.Select(Stem).ToHashSet(StringComparer.Ordinal);
        int Score((string Sentence, string Id) x) =>
            TextNormalizer.Tokenize(x.Sentence).Select(tok => Stem(tok.Text)).Distinct().Count(stems.Contains) is var score and > 0
            && NegationMarkers.Any(n => $" {string.Join(' ', TextNormalizer.Tokenize(x.Sentence).Select(tok => tok.Text))} ".Contains(n, StringComparison.Ordinal)) ? score : 0;
        var scored = Kb.Territories
            .Select(t => FicheSentences(t, "").Select(x => (Territory: t, Sentence: x, Score: Score(x))).OrderByDescending(x => x.Score).FirstOrDefault())
            .Where(x => x.Score > 0)
            .ToList();

        // "Pas de diagnostic complet": the fiches that say both words, when some do.
        var best = scored.Count == 0 ? 0 : scored.Max(x => x.Score);
        var found = scored.Where(x => x.Score == best).Select(x => (x.Territory, x.Sentence)).ToList();
        answer.Title = "Ce que disent les fiches des territoires";
        if (found.Count == 0)
        {
            answer.Summary = "Aucune fiche de territoire ne dit en manquer.";
            answer.FollowUp("Quels sont les territoires de la feuille de route ?");
            return answer.Build(found: false);
        }

        answer.Summary = $"D'après les fiches : {Labels.Enumerate(found.Select(x => x.Territory.Name))}.";
        foreach (var (territory, (sentence, id)) in found)
        {
            answer.Fact($"{territory.Name} : {sentence}", id);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(found[0].Territory.Name)} ?");
        return answer.Build();
    }
}
