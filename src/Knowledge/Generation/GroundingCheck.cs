using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Checks a phrased answer against the facts it was given, before anyone reads it. Rejected: no citation, a
/// citation of a fact that was not given, and anything that could be invented — an e-mail, a web address, a
/// phone number, a number (in digits or in words), an acronym or a capitalised word that the facts do not hold.
/// Names are compared folded (case, accents), so "Cande" matches "Candé"; a capitalised word that opens a sentence
/// passes without being in the facts only if it is an ordinary opener ("Vous", "Cette", "Contactez"). Strict on purpose: a false alarm
/// costs only the natural phrasing, the deterministic answer is sent instead.
/// </summary>
internal static partial class GroundingCheck
{
    // Named in the fixed system prompt, hence known to the model without being facts.
    private const string PromptNames = "Mednum49 Maine-et-Loire";

    // A capitalised word that opens a sentence may be an ordinary word ("Vous", "Pour", "Cette"…), but first names
    // are frequent words too ("Nathalie", "Martin"): only these openers pass without being in the facts.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "ainsi", "mais", "donc", "puis", "voici", "voila", "ici", "oui", "non", "enfin", "aussi", "selon", "parmi",
        "chez", "vers", "lors", "tout", "tous", "toute", "toutes", "elle", "elles", "ils", "nous", "vous", "leur",
        "cela", "ceci", "celui", "celle", "celles", "ceux", "sont", "peut", "pour", "dans", "avec", "sans", "sous",
        "si", "ni", "car", "or", "chacun", "chacune", "aucun", "aucune", "certains", "certaines", "afin", "grace",
        "outre", "comme", "lorsque", "cependant", "toutefois", "pourtant", "desormais", "ensuite", "aujourd",
        "concernant", "depuis", "votre", "cote", "sachez", "notez",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Surnames that look like "-ez" verbs or "-ment" adverbs of the frequent-word list.
    private static readonly FrozenSet<string> NamesLikeWords = new[]
    {
        "alvarez", "chavez", "cortez", "fernandez", "gomez", "gonzalez", "hernandez", "juarez", "lopez", "martinez",
        "mendez", "perez", "ramirez", "rodriguez", "sanchez", "suarez", "vasquez", "clement",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Numbers written in words: as risky as digits when the facts do not hold them.
    private static readonly FrozenDictionary<string, string> NumberWords = new Dictionary<string, string>
    {
        ["deux"] = "2", ["trois"] = "3", ["quatre"] = "4", ["cinq"] = "5", ["six"] = "6", ["sept"] = "7",
        ["huit"] = "8", ["neuf"] = "9", ["dix"] = "10", ["onze"] = "11", ["douze"] = "12", ["treize"] = "13",
        ["quatorze"] = "14", ["quinze"] = "15", ["seize"] = "16", ["vingt"] = "20", ["trente"] = "30",
        ["quarante"] = "40", ["cinquante"] = "50", ["soixante"] = "60", ["cent"] = "100", ["cents"] = "100",
        ["mille"] = "1000", ["million"] = "1000000", ["millions"] = "1000000", ["milliard"] = "1000000000",
        ["milliards"] = "1000000000",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words after which a full stop does not end a sentence ("M. Dupont", "J. Dupont").
    private static readonly FrozenSet<string> Titles = new[] { "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Elided words that leave the sentence opening to the next word ("L'association", "D'après").
    private static readonly FrozenSet<string> Elisions = new[] { "l", "d", "j", "c", "s", "n", "m", "qu", "jusqu", "lorsqu", "puisqu" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static GroundingVerdict Check(NumberedFacts facts, string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return GroundingVerdict.Rejected("empty reply");
        }

        var reference = facts.Reference() + "\n" + PromptNames;
        var text = new StringBuilder(reply);

        var citations = Citation().Matches(reply);
        if (citations.Count == 0)
        {
            return GroundingVerdict.Rejected("no citation");
        }

        foreach (Match citation in citations)
        {
            foreach (var number in citation.Groups[1].Value.Split([',', ';', '-', '–'], StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(number, out var n) || n < 1 || n > facts.Count)
                {
                    return GroundingVerdict.Rejected($"citation [{number}] refers to no given fact (1 to {facts.Count})");
                }
            }

            Blank(text, citation);
        }

        var lowerReference = reference.ToLowerInvariant();
        foreach (Match email in Email().Matches(text.ToString()))
        {
            if (!lowerReference.Contains(email.Value.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return GroundingVerdict.Rejected($"e-mail address '{email.Value}' is not in the facts");
            }

            Blank(text, email);
        }

        var referenceAddresses = Url().Matches(reference).Select(m => Address(m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (Match url in Url().Matches(text.ToString()))
        {
            if (!referenceAddresses.Contains(Address(url.Value)))
            {
                return GroundingVerdict.Rejected($"web address '{url.Value}' is not in the facts");
            }

            Blank(text, url);
        }

        var referencePhones = Phone().Matches(reference).Select(m => PhoneDigits(m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (Match phone in Phone().Matches(text.ToString()))
        {
            if (!referencePhones.Contains(PhoneDigits(phone.Value)))
            {
                return GroundingVerdict.Rejected($"phone number '{phone.Value}' is not in the facts");
            }

            Blank(text, phone);
        }

        return CheckWords(text.ToString(), reference);
    }

    private static GroundingVerdict CheckWords(string text, string reference)
    {
        var known = TextNormalizer.Tokenize(reference).Select(t => t.Text).ToFrozenSet(StringComparer.Ordinal);
        var tokens = TextNormalizer.Tokenize(text);
        var opensSentence = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var word = text.Substring(token.Start, token.Length);
            opensSentence = OpensSentence(text, tokens, i, opensSentence);

            if (token.Text.Any(char.IsAsciiDigit))
            {
                if (!known.Contains(token.Text))
                {
                    return GroundingVerdict.Rejected($"number '{word}' is not in the facts");
                }
            }
            else if (NumberWords.TryGetValue(token.Text, out var value))
            {
                if (!known.Contains(token.Text) && !known.Contains(value))
                {
                    return GroundingVerdict.Rejected($"number '{word}' is not in the facts");
                }
            }
            else if (char.IsUpper(word[0]) && !known.Contains(token.Text))
            {
                var acronym = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
                if (acronym || !opensSentence || !IsOrdinaryOpening(token.Text))
                {
                    return GroundingVerdict.Rejected($"name '{word}' is not in the facts");
                }
            }
        }

        return GroundingVerdict.Grounded;
    }

    private static bool OpensSentence(string text, IReadOnlyList<NormalizedToken> tokens, int index, bool previousOpened)
    {
        if (index == 0)
        {
            return true;
        }

        var previous = tokens[index - 1];
        var gap = text.AsSpan(previous.Start + previous.Length, tokens[index].Start - previous.Start - previous.Length);
        if (previousOpened && Elisions.Contains(previous.Text) && gap.Trim() is "'" or "’")
        {
            return true;
        }

        if (gap.ContainsAny('\n', '\r'))
        {
            return true;
        }

        // "M. Dupont", "J. Dupont": an initial or a title is no end of sentence.
        var endsSentence = gap.IndexOfAny(".!?…:;") >= 0 && gap.IndexOfAny(" \t\u00a0") >= 0;
        return endsSentence && previous.Length > 1 && !Titles.Contains(previous.Text);
    }

    // Function words, everyday orientation words, and frequent verbs addressed to "vous" or adverbs
    // ("Contactez", "Adressez-vous", "Actuellement").
    private static bool IsOrdinaryOpening(string folded) =>
        FrenchWords.StopWords.Contains(folded) || FrenchWords.CommonWords.Contains(folded) || SentenceOpeners.Contains(folded) ||
        (FrenchWords.FrequentWords.Contains(folded) && (folded.EndsWith("ez", StringComparison.Ordinal) || folded.EndsWith("ment", StringComparison.Ordinal))
            && !NamesLikeWords.Contains(folded));

    // Checked spans become spaces of the same length, so the word checks skip them and offsets stay valid.
    private static void Blank(StringBuilder text, Match match)
    {
        for (var i = match.Index; i < match.Index + match.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                text[i] = ' ';
            }
        }
    }

    private static string Address(string url)
    {
        var address = url.ToLowerInvariant().TrimEnd('.', ',', ';', ':', '!', '?', ')', '/');
        foreach (var prefix in (string[])["https://", "http://", "www."])
        {
            if (address.StartsWith(prefix, StringComparison.Ordinal))
            {
                address = address[prefix.Length..];
            }
        }

        return address.TrimEnd('/');
    }

    // "+33 (0)2 41 …", "+33 2 41 …" and "02 41 …" are the same number.
    private static string PhoneDigits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (phone.TrimStart().StartsWith('+'))
        {
            digits = digits[2..];
            return digits.StartsWith('0') ? digits : "0" + digits;
        }

        return digits;
    }

    [GeneratedRegex(@"\[\s*(\d+(?:\s*[,;\-–]\s*\d+)*)\s*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()\[\]«»""]+|\b[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.(?:fr|com|org|net|eu|info|gouv|io)\b(?:/[^\s<>()\[\]«»""]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:\+\s?33\s?(?:\(0\)\s?)?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b")]
    private static partial Regex Phone();
}
