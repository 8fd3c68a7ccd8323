using System.Text;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// Phone numbers of the standard: stored as <c>+33</c> followed by 9 digits (or an overseas prefix), read from what
/// files really hold (« 02 41 75 42 70 », « +33 (0)2 41… », « 0033… », « 02.41.75.42.70 », a national number whose
/// leading zero a spreadsheet dropped) and shown the French way: « 02 41 75 42 70 ».
/// </summary>
public static class FrenchPhone
{
    private static readonly char[] Separators = ['/', ';', '|', ',', '\n'];

    private static readonly string[] OverseasPrefixes = ["+590", "+594", "+262", "+596", "+269", "+687", "+689", "+508", "+681"];

    /// <summary>Reads one phone field. Returns the international form, or null with the reason it was not a phone.</summary>
    /// <param name="note">When the value was usable but not as the standard wants (several numbers), why.</param>
    public static string? Normalize(string raw, out string? problem, out string? note)
    {
        problem = null;
        note = null;
        var candidates = raw.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (candidates.Length == 0)
        {
            problem = "empty";
            return null;
        }

        var first = One(candidates[0], out problem);
        if (first is not null && candidates.Length > 1)
        {
            note = $"several numbers in « {raw.Trim()} »: the first one is kept";
        }

        return first;
    }

    private static string? One(string raw, out string? problem)
    {
        problem = null;
        var digits = new StringBuilder();
        var plus = false;
        foreach (var c in raw.Replace("(0)", "", StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0)
            {
                plus = true;
            }
            else if (char.IsLetter(c))
            {
                problem = $"« {raw} » is not a phone number (+33 followed by 9 digits)";
                return null;
            }
        }

        var d = digits.ToString();
        if (!plus && d.StartsWith("00", StringComparison.Ordinal))
        {
            plus = true;
            d = d[2..];
        }

        if (plus)
        {
            var international = "+" + d;
            if (d.StartsWith("33", StringComparison.Ordinal) && d.Length == 11 && d[2] != '0')
            {
                return international;
            }

            if (d.StartsWith("330", StringComparison.Ordinal) && d.Length == 12)
            {
                return "+33" + d[3..];
            }

            if (OverseasPrefixes.Any(p => international.StartsWith(p, StringComparison.Ordinal)) && d.Length is >= 9 and <= 12)
            {
                return international;
            }

            problem = $"« {raw} » is not a French phone number (+33 followed by 9 digits)";
            return null;
        }

        if (d.Length == 10 && d[0] == '0' && d[1] != '0')
        {
            return "+33" + d[1..];
        }

        // A spreadsheet that read the number as an integer drops its leading zero: 241754270.
        if (d.Length == 9 && d[0] is >= '1' and <= '9')
        {
            return "+33" + d;
        }

        if (d.Length == 11 && d.StartsWith("33", StringComparison.Ordinal) && d[2] != '0')
        {
            return "+" + d;
        }

        problem = d.Length is > 0 and <= 6
            ? $"« {raw} » is a short number, not a phone number in the +33 form"
            : $"« {raw} » is not a phone number (+33 followed by 9 digits)";
        return null;
    }

    /// <summary>« 02 41 75 42 70 » for <c>+33241754270</c>; other prefixes keep their international form, in pairs.</summary>
    public static string Display(string international)
    {
        if (international.StartsWith("+33", StringComparison.Ordinal) && international.Length == 12)
        {
            var national = "0" + international[3..];
            return string.Join(' ', Enumerable.Range(0, 5).Select(i => national.Substring(i * 2, 2)));
        }

        return international;
    }

    /// <summary>The <c>tel:</c> link of a number.</summary>
    public static string Uri(string international) => $"tel:{international}";
}
