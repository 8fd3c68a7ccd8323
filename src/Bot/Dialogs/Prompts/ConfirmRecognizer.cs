using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Yes or no in French: "oui", "ouais", "d'accord", "ok", "bien sûr", "exactement"… / "non", "non merci",
/// "pas du tout", "pas d'accord"…; else "1" (oui) or "2" (non) as in the numbered list; or a card button
/// (<c>{"choice": "oui"}</c>). The longest expression wins ("pas d'accord" is a no); contradictory replies are not
/// understood.
/// </summary>
public static class ConfirmRecognizer
{
    public const string Yes = "Oui";
    public const string No = "Non";

    public static IReadOnlyList<Choice> Choices { get; } = [new(Yes), new(No)];

    private static readonly (string[] Words, bool Meaning)[] Expressions =
    [
        .. new[]
        {
            "oui", "ouais", "ouai", "ouep", "yes", "ok", "okay", "oki", "d accord", "daccord", "dac", "bien sur", "exactement",
            "tout a fait", "absolument", "volontiers", "c est ca", "c est bon", "parfait", "entendu", "vas y", "allez y",
            "je confirme", "confirme", "confirmer", "valide", "valider", "bien entendu", "evidemment", "carrement",
        }.Select(e => (e.Split(' '), true)),
        .. new[]
        {
            "non", "nan", "no", "non merci", "pas du tout", "surtout pas", "pas d accord", "jamais", "certainement pas",
            "absolument pas", "pas question", "ce n est pas ca", "c est pas ca", "pas ca", "negatif",
        }.Select(e => (e.Split(' '), false)),
    ];

    public static bool? Recognize(string? text, object? value)
    {
        if (ChoiceRecognizer.Recognize(null, value, Choices) is { } clicked)
        {
            return clicked.Index == 0;
        }

        var words = FrenchText.Tokens(text);
        if (words.Length == 0)
        {
            return null;
        }

        // Every expression found, longest first; a shorter one inside a longer one ("d accord" in "pas d accord") is dropped.
        var covered = new bool[words.Length];
        var meanings = new HashSet<bool>();
        foreach (var (expression, meaning) in Expressions.OrderByDescending(e => e.Words.Length))
        {
            for (var start = 0; start + expression.Length <= words.Length; start++)
            {
                if (!words.AsSpan(start, expression.Length).SequenceEqual(expression) || covered.AsSpan(start, expression.Length).Contains(true))
                {
                    continue;
                }

                covered.AsSpan(start, expression.Length).Fill(true);
                meanings.Add(meaning);
            }
        }

        if (meanings.Count == 1)
        {
            return meanings.Single();
        }

        if (meanings.Count > 1)
        {
            return null;
        }

        var numbered = ChoiceRecognizer.Recognize(text, null, Choices);
        return numbered?.Match is ChoiceMatch.Ordinal or ChoiceMatch.Number ? numbered.Index == 0 : null;
    }
}
