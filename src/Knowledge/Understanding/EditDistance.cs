namespace Mednum49.Knowledge.Understanding;

/// <summary>Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours).</summary>
internal static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> as soon as it exceeds <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        // Three rows of the classic dynamic programme: two back (for swaps), previous and current.
        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
