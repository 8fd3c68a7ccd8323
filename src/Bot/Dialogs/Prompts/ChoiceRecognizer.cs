using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Finds which choice a reply designates, trying in order: a card button's value, the exact value or a synonym,
/// words that belong to one choice only (tolerating a typo), an ordinal ("la deuxième"), a number ("2", "deux").
/// Accents, case and punctuation never matter. An ambiguous reply designates nothing.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>
    /// The property a card button puts in its data to answer a choice prompt: <c>{"choice": "&lt;value&gt;"}</c>
    /// (Action.Submit data, which arrives as the message's Value).
    /// </summary>
    public const string CardValueProperty = "choice";

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "et", "ou", "en", "sur", "sous",
        "pour", "par", "avec", "dans", "ce", "cet", "cette", "ces", "c", "est", "mon", "ma", "mes", "je", "j", "me", "m",
        "moi", "veux", "voudrais", "prends", "prend", "choisis", "choix", "celui", "celle", "qui", "que", "qu", "quel",
        "quelle", "svp", "stp", "merci", "plutot", "alors", "s", "il", "vous", "plait",
    };

    public static FoundChoice? Recognize(string? text, object? value, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            return null;
        }

        if (FromCardValue(value, choices) is { } clicked)
        {
            return clicked;
        }

        var normalized = FrenchText.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        return Exact(normalized, choices)
            ?? Overlap(normalized, choices)
            ?? (FrenchNumbers.OrdinalIndex(text!, choices.Count) is { } position ? Found(choices, position, ChoiceMatch.Ordinal) : null)
            ?? (FrenchNumbers.FirstInteger(text!) is { } number && number >= 1 && number <= choices.Count ? Found(choices, (int)number - 1, ChoiceMatch.Number) : null);
    }

    private static FoundChoice? FromCardValue(object? value, IReadOnlyList<Choice> choices)
    {
        if (value is null)
        {
            return null;
        }

        var json = value as JToken ?? (value is string text ? TryParse(text) : JToken.FromObject(value));
        var clicked = (json as JObject)?.GetValue(CardValueProperty, StringComparison.OrdinalIgnoreCase)?.ToString();
        if (string.IsNullOrWhiteSpace(clicked))
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Value, clicked, StringComparison.Ordinal))
            {
                return Found(choices, i, ChoiceMatch.CardValue);
            }
        }

        var normalized = FrenchText.Normalize(clicked);
        for (var i = 0; i < choices.Count; i++)
        {
            if (FrenchText.Normalize(choices[i].Value) == normalized || FrenchText.Normalize(choices[i].Display) == normalized)
            {
                return Found(choices, i, ChoiceMatch.CardValue);
            }
        }

        return null;
    }

    private static JToken? TryParse(string text)
    {
        try
        {
            return JToken.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }

    private static FoundChoice? Exact(string normalized, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (FrenchText.Normalize(choices[i].Value) == normalized || FrenchText.Normalize(choices[i].Display) == normalized)
            {
                return Found(choices, i, ChoiceMatch.Value);
            }
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].Synonyms?.Any(s => FrenchText.Normalize(s) == normalized) == true)
            {
                return Found(choices, i, ChoiceMatch.Synonym);
            }
        }

        return null;
    }

    // Each meaningful word of the reply votes for the choices it belongs to, shared between them; a word found in
    // every choice ("groupe" when all are groups) says nothing. The choice with the most votes wins, if alone.
    private static FoundChoice? Overlap(string normalized, IReadOnlyList<Choice> choices)
    {
        var words = ContentWords(normalized).Distinct().ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var vocabulary = choices
            .Select(c => new[] { c.Value, c.Display }.Concat(c.Synonyms ?? []).SelectMany(s => ContentWords(FrenchText.Normalize(s))).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var scores = new double[choices.Count];
        foreach (var word in words)
        {
            var matching = Enumerable.Range(0, choices.Count).Where(i => vocabulary[i].Any(v => Similar(word, v))).ToList();
            if (matching.Count == 0 || (choices.Count > 1 && matching.Count == choices.Count))
            {
                continue;
            }

            foreach (var i in matching)
            {
                scores[i] += 1.0 / matching.Count;
            }
        }

        var best = scores.Max();
        if (best <= 0 || scores.Count(s => Math.Abs(s - best) < 1e-9) > 1)
        {
            return null;
        }

        return Found(choices, Array.IndexOf(scores, best), ChoiceMatch.Overlap);
    }

    private static IEnumerable<string> ContentWords(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w));

    /// <summary>The same word, give or take a typo or an ending ("reconditionement", "reconditionné", "aidants").</summary>
    internal static bool Similar(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (shorter >= 6 && prefix >= Math.Max(6, shorter - 2))
        {
            return true;
        }

        return EditDistance(a, b, shorter >= 8 ? 2 : 1) <= (shorter >= 8 ? 2 : 1);
    }

    // Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions), stopping
    // early once it exceeds max.
    private static int EditDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }

    private static FoundChoice Found(IReadOnlyList<Choice> choices, int index, ChoiceMatch match) =>
        new(choices[index].Value, index, match);
}
