using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Note references such as <c>N-4F7K2</c>: short enough to read out or type, without the characters people confuse
/// (0/O, 1/I/L, U/V): 29 symbols, 29^5 ≈ 20 million values; the store retries on the rare collision.
/// </summary>
public static class NoteReference
{
    public const string Prefix = "N-";
    public const int Length = 5;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public static string New() => Prefix + new string(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>
    /// Reads what a user typed (<c>n-4f7k2</c>, <c> N 4F7K2 </c>, <c>4f7k2</c>) as a reference, or says it cannot be one.
    /// </summary>
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        // "N-…" or "N …" is the prefix; "N4F7K2" too, by its length. ("N4F7K" is a reference of five symbols.)
        var prefixed = trimmed.Length > 1 && char.ToUpperInvariant(trimmed[0]) == 'N' && (trimmed[1] == '-' || char.IsWhiteSpace(trimmed[1]));
        var compact = new string([.. trimmed.Where(c => !char.IsWhiteSpace(c) && c != '-')]).ToUpperInvariant();
        if (prefixed || (compact.Length == Length + 1 && compact[0] == 'N'))
        {
            compact = compact[1..];
        }

        if (compact.Length != Length || !compact.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        reference = Prefix + compact;
        return true;
    }
}
