using Mednum49.Bot.Dialogs;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Bot.Commands;

/// <summary>
/// Reads the argument of <c>action &lt;code&gt;</c>: an action code of the roadmap however typed ("B.6", "b6",
/// "A.1.2.a"), a heading ("A.3"), an axis ("axe C", "C"), or a code that is not in the roadmap ("B.9"). The recogniser
/// is built from the current knowledge base and rebuilt when it reloads.
/// </summary>
public sealed class ActionCodes(IKnowledgeBaseProvider knowledge)
{
    // The recogniser sees the argument after the word "action", so that "B9" reads as a code, not as a stray letter.
    private const string Introduction = "action ";

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "", "l", "la", "le", "l axe", "axe", "n", "no", "numero", "code", "fiche", "la fiche", "l action" };

    private volatile Snapshot? _snapshot;

    public KnowledgeBase Knowledge => knowledge.Current;

    /// <summary>The code <paramref name="argument"/> consists of, or null when it is anything else (a question).</summary>
    public ActionCodeMatch? Read(string? argument)
    {
        var text = (argument ?? "").Trim().TrimEnd('.', '!', ' ');
        if (text.Length == 0)
        {
            return null;
        }

        var recognizer = Recognizer();
        var letter = FrenchText.Normalize(text);
        if (letter.Length == 1 && recognizer.Axes.Contains(letter.ToUpperInvariant()))
        {
            return new ActionCodeMatch(letter.ToUpperInvariant(), ActionCodeKind.Axis, [], 0, text.Length);
        }

        var introduced = Introduction + text;
        var matches = recognizer.Recognize(introduced);
        if (matches.Count != 1)
        {
            return null;
        }

        var match = matches[0];
        var rest = introduced[Introduction.Length..Math.Max(Introduction.Length, match.Start)] + introduced[Math.Min(introduced.Length, match.Start + match.Length)..];
        return Filler.Contains(FrenchText.Normalize(rest)) ? match : null;
    }

    /// <summary>What to ask the engine for a recognised code: "action B.6", or "axe C" for an axis.</summary>
    public static string Question(ActionCodeMatch code) =>
        code.Kind == ActionCodeKind.Axis ? $"axe {code.Code}" : $"action {code.Code}";

    /// <summary>"A — title" for every axis of the roadmap.</summary>
    public IReadOnlyList<string> AxisLines() => [.. Knowledge.Axes.Select(axis => $"{axis.Code} — {axis.Title}")];

    /// <summary>An action code of the roadmap to show as an example (B.6 when the roadmap has it).</summary>
    public string ExampleCode() =>
        Knowledge.Actions.FirstOrDefault(a => a.Code == "B.6")?.Code ?? Knowledge.Actions.Select(a => a.Code).FirstOrDefault() ?? "B.6";

    private ActionCodeRecognizer Recognizer()
    {
        var current = knowledge.Current;
        var snapshot = _snapshot;
        if (snapshot is null || snapshot.Generation != current.Generation)
        {
            snapshot = new Snapshot(current.Generation, new ActionCodeRecognizer(current.Actions.Select(a => a.Code)));
            _snapshot = snapshot;
        }

        return snapshot.Recognizer;
    }

    private sealed record Snapshot(int Generation, ActionCodeRecognizer Recognizer);
}
