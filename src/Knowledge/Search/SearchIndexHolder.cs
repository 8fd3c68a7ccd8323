namespace Mednum49.Knowledge.Search;

/// <summary>
/// The app's current <see cref="SearchIndex"/>. <see cref="Replace"/> swaps in a newly built index
/// atomically when the knowledge base reloads: searches already running on the old index finish on it,
/// new ones use the new one, and the old one is freed once the last of them ends. Thread-safe.
/// </summary>
public sealed class SearchIndexHolder(SearchIndex initial) : IDisposable
{
    private SearchIndex current = initial ?? throw new ArgumentNullException(nameof(initial));

    /// <summary>The index searches use now.</summary>
    public SearchIndex Current => Volatile.Read(ref current);

    /// <summary>Searches the current index (see <see cref="SearchIndex.Search"/>), even while it is being replaced.</summary>
    public IReadOnlyList<SearchHit> Search(string? question, int max = 5, string? kind = null)
    {
        while (true)
        {
            var index = Current;
            if (index.TrySearch(question, max, kind, out var hits))
            {
                return hits;
            }

            // Replaced and disposed between the read and the search: the next read sees its successor.
            if (ReferenceEquals(index, Current))
            {
                throw new ObjectDisposedException(nameof(SearchIndexHolder));
            }
        }
    }

    /// <summary>Makes <paramref name="next"/> the current index and disposes the previous one.</summary>
    public void Replace(SearchIndex next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Interlocked.Exchange(ref current, next).Dispose();
    }

    public void Dispose() => Current.Dispose();
}
