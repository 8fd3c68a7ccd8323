using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Mednum49.Knowledge.Understanding;

/// <summary>
/// Recognises the roadmap's action codes however they are typed — "A.1.2.a", "a1.2a", "B.6", "b6", "B-6",
/// "action B 4" — and axes ("l'axe C"), and maps them to the canonical codes it was built with.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A lone lower-case "a" followed by a space and a digit is the French verb ("il y a 2 conseillers"), so it is
/// only read as a code after "action" or "fiche". A code that is not in the roadmap is reported as
/// <see cref="ActionCodeKind.Unknown"/> only when it was clearly typed as one ("B.9", "action B9"), so the
/// engine can say the action does not exist instead of answering something else.
/// </remarks>
public sealed partial class ActionCodeRecognizer
{
    private readonly FrozenDictionary<string, string> canonical;
    private readonly string[] codes;
    private readonly Regex codePattern;

    /// <param name="knownCodes">The codes of the roadmap, as written in the knowledge base (e.g. "A.1.2.a", "B.6").</param>
    public ActionCodeRecognizer(IEnumerable<string> knownCodes)
    {
        ArgumentNullException.ThrowIfNull(knownCodes);
        codes = [.. knownCodes.Where(c => Key(c) is not null).Distinct(StringComparer.OrdinalIgnoreCase)];
        canonical = codes.ToFrozenDictionary(c => Key(c)!, c => c, StringComparer.Ordinal);
        Axes = [.. canonical.Keys.Select(k => k[..1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        var letters = Axes.Count == 0 ? "A-E" : string.Concat(Axes);
        // Separators are bounded (at most a few blanks) so that no input can make the pattern backtrack for long.
        codePattern = new Regex(
            $$"""
            (?<![\p{L}\p{N}@.])(?<axis>[{{letters}}])(?<sep>\s{0,2}[.\-_]\s{0,2}|\s{1,3})?(?<n1>\d)(?!\d)
            (?:(?:\s{0,2}[.\-_]\s{0,2}|\s{1,3})?(?<n2>\d)(?!\d))?
            (?:(?:[.\-_]|\s{1,3}(?=[a-z]\s{0,3}(?:$|[?!.,;:)])))?(?<sub>[a-z]))?
            (?![\p{L}\p{N}])
            """,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.Compiled); // read on every question
    }

    /// <summary>The axis letters of the roadmap, derived from the known codes (e.g. A to E).</summary>
    public IReadOnlyList<string> Axes { get; }

    /// <summary>The codes and axes mentioned in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<ActionCodeMatch> Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var matches = new List<ActionCodeMatch>();
        foreach (Match axis in AxisPattern().Matches(text))
        {
            var letter = axis.Groups["axis"].Value.ToUpperInvariant();
            if (Axes.Contains(letter))
            {
                var group = axis.Groups["axis"];
                matches.Add(new ActionCodeMatch(letter, ActionCodeKind.Axis, Children(letter), axis.Index, group.Index + group.Length - axis.Index));
            }
        }

        foreach (Match code in codePattern.Matches(text))
        {
            if (Resolve(text, code) is { } match)
            {
                matches.Add(match);
            }
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    private ActionCodeMatch? Resolve(string text, Match code)
    {
        var axis = code.Groups["axis"].Value.ToUpperInvariant();
        var n1 = code.Groups["n1"];
        var n2 = code.Groups["n2"];
        var sub = code.Groups["sub"];
        var separator = code.Groups["sep"];
        var before = Math.Max(0, code.Index - 20);
        var introduced = IntroducedPattern().IsMatch(text.AsSpan(before, code.Index - before));
        var separatedByBlank = separator.Success && separator.Value.Trim().Length == 0;

        // "il y a 2 conseillers": the verb, not action A.2.
        if (code.Groups["axis"].Value == "a" && separatedByBlank && !introduced)
        {
            return null;
        }

        var stem = n2.Success ? $"{axis}.{n1.Value}.{n2.Value}" : $"{axis}.{n1.Value}";
        var stemEnd = (n2.Success ? n2.Index + n2.Length : n1.Index + n1.Length) - code.Index;
        if (sub.Success && canonical.TryGetValue($"{stem}.{sub.Value.ToLowerInvariant()}", out var full))
        {
            return new ActionCodeMatch(full, ActionCodeKind.Action, [full], code.Index, code.Length);
        }

        if (canonical.TryGetValue(stem, out var known))
        {
            return new ActionCodeMatch(known, ActionCodeKind.Action, [known], code.Index, stemEnd);
        }

        var children = Children(stem);
        if (children.Length > 0)
        {
            return new ActionCodeMatch(stem, ActionCodeKind.Group, children, code.Index, stemEnd);
        }

        var explicitCode = introduced || (separator.Success && separator.Value.Trim().Length > 0);
        return explicitCode ? new ActionCodeMatch(stem, ActionCodeKind.Unknown, [], code.Index, stemEnd) : null;
    }

    private string[] Children(string prefix) =>
        [.. codes.Where(c => Key(c)!.StartsWith(prefix + ".", StringComparison.Ordinal))];

    /// <summary>"a.1.2.A" → "A.1.2.a": upper-case axis, digits, lower-case sub-letter, dot-separated.</summary>
    private static string? Key(string code)
    {
        var parts = CodePartsPattern().Matches(code).Select(m => m.Value).ToList();
        if (parts.Count < 2 || !char.IsAsciiLetter(parts[0][0]) || parts[0].Length != 1)
        {
            return null;
        }

        parts[0] = parts[0].ToUpperInvariant();
        for (var i = 1; i < parts.Count; i++)
        {
            parts[i] = parts[i].ToLowerInvariant();
        }

        return string.Join('.', parts);
    }

    [GeneratedRegex(@"[A-Za-z]+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex CodePartsPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])axes?\s{0,3}[:\-]?\s{0,3}(?<axis>[a-z])(?![\p{L}\p{N}.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AxisPattern();

    [GeneratedRegex(@"(?:actions?|fiches?)\s{0,3}(?:n°|no|num[ée]ro)?\s{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedPattern();
}

/// <summary>What a recognised code designates.</summary>
public enum ActionCodeKind
{
    /// <summary>One action of the roadmap, e.g. "B.6" or "A.1.2.a".</summary>
    Action,

    /// <summary>A heading that groups several actions, e.g. "A.3" (A.3.1 to A.3.4).</summary>
    Group,

    /// <summary>A whole axis, e.g. "axe C".</summary>
    Axis,

    /// <summary>Typed as a code but not in the roadmap, e.g. "B.9".</summary>
    Unknown,
}

/// <summary>A code or axis found in a question.</summary>
/// <param name="Code">Canonical code ("B.6", "A.3") or axis letter ("C"); as typed, canonicalised, when unknown.</param>
/// <param name="Kind">What the code designates.</param>
/// <param name="Codes">The known action codes it designates: itself, its children, or every action of the axis.</param>
/// <param name="Start">Index of the first char of the mention in the question.</param>
/// <param name="Length">Length of the mention in the question.</param>
public sealed record ActionCodeMatch(string Code, ActionCodeKind Kind, IReadOnlyList<string> Codes, int Start, int Length);
