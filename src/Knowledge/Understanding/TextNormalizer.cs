using System.Globalization;
using System.Text;

namespace Mednum49.Knowledge.Understanding;

/// <summary>
/// Folds French text the way people type it in a chat: case, accents (é→e), ligatures (œ→oe, æ→ae),
/// apostrophes, hyphens, underscores and punctuation all become single spaces, so "Chloro'Fil" reads
/// "chloro fil" and "Lys-Haut-Layon" reads "lys haut layon". An "@" between two letters is the letter a
/// ("Cyb@njou" → "cybanjou"); anywhere else it separates words. Digits are kept. Dots separate words too:
/// action codes such as "A.1.2.a" are read from the raw text by <see cref="ActionCodeRecognizer"/>.
/// </summary>
public static class TextNormalizer
{
    // Folded form of every char up to U+024F (Latin-1 and Latin Extended-A/B): null = word separator.
    private static readonly string?[] Table = BuildTable();

    /// <summary>The folded words of <paramref name="text"/> joined by single spaces, e.g. "Cyb@njou à Candé !" → "cybanjou a cande".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var folded = FoldedText.Scan(text);
        var result = new StringBuilder(folded.Length + folded.Count);
        for (var i = 0; i < folded.Count; i++)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(folded.TokenText(i));
        }

        return result.ToString();
    }

    /// <summary>
    /// The folded words joined with no separator, e.g. "Chloro'Fil" → "chlorofil", "Biblio Pôle" → "bibliopole":
    /// the form to compare names whose internal punctuation people type, drop or replace by a space.
    /// </summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var folded = FoldedText.Scan(text);
        return new string(folded.Chars, 0, folded.Length);
    }

    /// <summary>The folded words of <paramref name="text"/> with the span of the original text each one comes from.</summary>
    public static IReadOnlyList<NormalizedToken> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var folded = FoldedText.Scan(text);
        var tokens = new NormalizedToken[folded.Count];
        for (var i = 0; i < folded.Count; i++)
        {
            var token = folded.Tokens[i];
            tokens[i] = new NormalizedToken(folded.TokenText(i).ToString(), token.SourceStart, token.SourceEnd - token.SourceStart);
        }

        return tokens;
    }

    /// <summary>Appends the folded form of <paramref name="c"/> (0 to 3 chars); returns false when it separates words.</summary>
    internal static bool TryFold(char c, Span<char> output, out int written)
    {
        written = 0;
        if (c < Table.Length)
        {
            var folded = Table[c];
            if (folded is null)
            {
                return false;
            }

            folded.AsSpan().CopyTo(output);
            written = folded.Length;
            return true;
        }

        // Modifier letters are apostrophes and accents typed on their own ("Chloroʼfil").
        if (!char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ModifierLetter)
        {
            return false;
        }

        foreach (var d in c.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(d) && written < output.Length)
            {
                output[written++] = char.ToLowerInvariant(d);
            }
        }

        return written > 0;
    }

    private static string?[] BuildTable()
    {
        var table = new string?[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var folded = new StringBuilder();
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormKD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(d))
                {
                    folded.Append(char.ToLowerInvariant(d));
                }
            }

            table[i] = folded.Length > 0 ? folded.ToString() : null;
        }

        // Letters that have no canonical decomposition.
        table['œ'] = table['Œ'] = "oe";
        table['æ'] = table['Æ'] = "ae";
        table['ß'] = "ss";
        table['ø'] = table['Ø'] = "o";
        table['đ'] = table['Đ'] = "d";
        table['ł'] = table['Ł'] = "l";
        table['ı'] = "i";
        return table;
    }
}

/// <summary>A folded word of a text and where it stands in that text.</summary>
/// <param name="Text">Folded form: lower case, no accent, letters and digits only.</param>
/// <param name="Start">Index of its first char in the original text.</param>
/// <param name="Length">Length of the original span (which may include internal "@").</param>
public sealed record NormalizedToken(string Text, int Start, int Length);

/// <summary>
/// The folded words of a text in one buffer, with no separator between them, so that any run of
/// consecutive words is one contiguous slice: the matcher looks names up without allocating.
/// </summary>
internal sealed class FoldedText
{
    private FoldedText(char[] chars, int length, RawToken[] tokens, int count)
    {
        Chars = chars;
        Length = length;
        Tokens = tokens;
        Count = count;
    }

    public char[] Chars { get; }

    public int Length { get; }

    public RawToken[] Tokens { get; }

    public int Count { get; }

    public ReadOnlySpan<char> TokenText(int index) => Chars.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public static FoldedText Scan(string text)
    {
        // A char folds to at most 3 chars (ligatures, compatibility forms).
        var chars = new char[text.Length * 3];
        var tokens = new RawToken[(text.Length / 2) + 1];
        var length = 0;
        var count = 0;
        var tokenStart = -1;
        var sourceStart = 0;
        var sourceEnd = 0;
        Span<char> scratch = stackalloc char[8];

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int written;
            if (c == '@' && tokenStart >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Cyb@njou": an at sign inside a word is the letter a.
                scratch[0] = 'a';
                written = 1;
            }
            else if (!TextNormalizer.TryFold(c, scratch, out written))
            {
                if (tokenStart >= 0)
                {
                    tokens[count++] = new RawToken(tokenStart, length - tokenStart, sourceStart, sourceEnd);
                    tokenStart = -1;
                }

                continue;
            }

            if (tokenStart < 0)
            {
                tokenStart = length;
                sourceStart = i;
            }

            scratch[..written].CopyTo(chars.AsSpan(length));
            length += written;
            sourceEnd = i + 1;
        }

        if (tokenStart >= 0)
        {
            tokens[count++] = new RawToken(tokenStart, length - tokenStart, sourceStart, sourceEnd);
        }

        return new FoldedText(chars, length, tokens, count);
    }

    /// <param name="Start">Start in <see cref="Chars"/>.</param>
    /// <param name="Length">Length in <see cref="Chars"/>.</param>
    /// <param name="SourceStart">Start in the original text.</param>
    /// <param name="SourceEnd">End (exclusive) in the original text.</param>
    internal readonly record struct RawToken(int Start, int Length, int SourceStart, int SourceEnd);
}
