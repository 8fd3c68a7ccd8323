using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// Serves the current knowledge-base snapshot. A snapshot is immutable and always complete: a reload swaps in a new
/// one only when the new files validate, otherwise the previous one keeps being served and the errors are logged.
/// </summary>
public interface IKnowledgeBaseProvider
{
    /// <summary>
    /// The current snapshot. Loaded on first use from <c>Knowledge:DataPath</c>; throws
    /// <see cref="KnowledgeBaseInvalidException"/> if that first load finds errors (the host then refuses to start).
    /// </summary>
    KnowledgeBase Current { get; }

    /// <summary>Raised after a new snapshot has been swapped in, so dependants (the search index) can rebuild.</summary>
    event EventHandler<KnowledgeBaseChangedEventArgs>? Changed;

    /// <summary>Loads the folder again; swaps the snapshot only if it validates. Never throws for bad files.</summary>
    KnowledgeBaseLoadResult Reload();
}

/// <summary>The snapshot that was served before a swap and the one served now (its <see cref="KnowledgeBase.Generation"/> is higher).</summary>
public sealed class KnowledgeBaseChangedEventArgs(KnowledgeBase? previous, KnowledgeBase current) : EventArgs
{
    public KnowledgeBase? Previous => previous;

    public KnowledgeBase Current => current;
}
