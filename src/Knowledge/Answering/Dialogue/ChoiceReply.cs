using System.Collections.Frozen;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Which of the choices an answer offered a reply picks: its name (or query) always; a number ("2", "deux", "n°2"),
/// an ordinal ("la deuxième", "le 2e", "la dernière") or words of one choice only, in a short reply without a question
/// mark — in "Qui porte l'action B.6 ?" the 6 is not the sixth choice. The one recognition the bot, <c>chat</c> and
/// <c>ask --jsonl</c> share.
/// </summary>
internal static class ChoiceReply
{
    /// <summary>Longer than this (in words), a reply is a sentence, not a pick.</summary>
    public const int MaxWordsOfAPick = 5;

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["premier"] = 1, ["premiere"] = 1, ["1er"] = 1, ["1ere"] = 1, ["1re"] = 1, ["second"] = 2, ["seconde"] = 2, ["2nd"] = 2,
        ["2nde"] = 2, ["deuxieme"] = 2, ["troisieme"] = 3, ["quatrieme"] = 4, ["cinquieme"] = 5, ["sixieme"] = 6,
        ["septieme"] = 7, ["huitieme"] = 8, ["neuvieme"] = 9, ["dixieme"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Last = new[] { "dernier", "derniere" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words around a number that do not change the pick ("le 2 svp", "je prends la deuxième").</summary>
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "le", "la", "l", "les", "numero", "num", "no", "n", "choix", "option", "reponse", "proposition", "plutot", "svp", "stp",
        "merci", "c", "est", "ce", "je", "j", "prends", "prend", "veux", "voudrais", "choisis", "choisi", "celui", "celle", "ci",
        "alors", "donc", "ok", "oui", "bien", "sur", "s", "il", "vous", "plait", "te", "du", "de", "a", "au", "pour", "moi",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static int? Pick(string reply, IReadOnlyList<AnswerChoice> choices)
    {
        if (choices.Count == 0 || string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        var folded = TextNormalizer.Fold(reply);
        for (var i = 0; i < choices.Count; i++)
        {
            if (folded == TextNormalizer.Fold(choices[i].Query) || folded == TextNormalizer.Fold(choices[i].Label) || folded == TextNormalizer.Fold(MainName(choices[i].Label)))
            {
                return i;
            }
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (reply.Contains('?', StringComparison.Ordinal) || words.Length > MaxWordsOfAPick)
        {
            return null;
        }

        return Position(words, choices.Count) ?? Overlap(words, choices);
    }

    // "2", "n°2", "la deuxième", "le 2e", "la dernière": one number among fillers.
    private static int? Position(string[] words, int count)
    {
        var meaningful = words.Where(w => !Fillers.Contains(w)).ToList();
        return meaningful.Count == 1 ? Position(meaningful[0], count) : null;
    }

    /// <summary>The index a number or an ordinal word stands for among <paramref name="count"/> items ("3", "deuxième", "dernier").</summary>
    public static int? Position(string word, int count)
    {
        int? number = Last.Contains(word) ? count
            : Numbers.TryGetValue(word, out var n) ? n
            : int.TryParse(word.TrimEnd('e', 'r', 'm', 'i'), out var digits) && word.Length <= 5 && char.IsDigit(word[0]) ? digits
            : null;
        return number is >= 1 && number <= count ? number - 1 : null;
    }

    // Words that belong to one choice only ("le centre social", "celle de Saumur").
    private static int? Overlap(string[] words, IReadOnlyList<AnswerChoice> choices)
    {
        var content = words.Where(w => w.Length >= 3 && !Fillers.Contains(w) && !FrenchWords.StopWords.Contains(w)).Distinct().ToList();
        if (content.Count == 0)
        {
            return null;
        }

        var vocabulary = choices.Select(c => TextNormalizer.Fold(c.Label).Split(' ').ToHashSet(StringComparer.Ordinal)).ToList();
        var scores = new double[choices.Count];
        foreach (var word in content)
        {
            var holding = Enumerable.Range(0, choices.Count).Where(i => vocabulary[i].Contains(word)).ToList();
            if (holding.Count == 0)
            {
                return null; // a word of no choice: a new question
            }

            if (holding.Count < choices.Count)
            {
                foreach (var i in holding)
                {
                    scores[i] += 1.0 / holding.Count;
                }
            }
        }

        var best = scores.Max();
        return best > 0 && scores.Count(s => Math.Abs(s - best) < 1e-9) == 1 ? Array.IndexOf(scores, best) : null;
    }

    /// <summary>"Montreuil-Bellay (commune, Saumur Val de Loire)" → "Montreuil-Bellay".</summary>
    private static string MainName(string label) => label.IndexOf(" (", StringComparison.Ordinal) is var i and > 0 ? label[..i] : label;
}
