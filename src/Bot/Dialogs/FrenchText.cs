using System.Globalization;
using System.Text;

namespace Mednum49.Bot.Dialogs;

/// <summary>
/// How user text is compared: lower case, no accents, apostrophes and punctuation as spaces, single spaces
/// ("D'accord !" → "d accord", "la deuxième" → "la deuxieme"). People type fast, often without accents.
/// </summary>
public static class FrenchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                pendingSpace = false;
                folded.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        // Ligatures that FormD does not split.
        return folded.Replace("œ", "oe").Replace("æ", "ae").ToString();
    }

    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
