using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>A loaded knowledge base, or every error that prevented it. Never both: an invalid folder gives no snapshot.</summary>
public sealed record KnowledgeBaseLoadResult(string Folder, KnowledgeBase? KnowledgeBase, IReadOnlyList<KnowledgeBaseError> Errors, TimeSpan Elapsed)
{
    public bool IsValid => KnowledgeBase is not null;

    /// <summary>Where the time of the load went (the <c>bench</c> command prints it).</summary>
    public KnowledgeBaseLoadPhases Phases { get; init; } = KnowledgeBaseLoadPhases.None;

    public KnowledgeBaseCheck ToCheck() => new(KnowledgeBase?.Counts ?? [], Errors);
}

/// <summary>
/// The phases of one load: reading and validating the YAML base; reading and checking the open-data places files (on
/// another thread, during the base: <see cref="PlacesWait"/> is what the load waited for them after the base); linking
/// the places to the base; and building the places' lookups (by id, commune, name words…).
/// </summary>
public sealed record KnowledgeBaseLoadPhases(TimeSpan Base, TimeSpan PlacesRead, TimeSpan PlacesWait, TimeSpan PlacesLink, TimeSpan PlacesIndex)
{
    public static readonly KnowledgeBaseLoadPhases None = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
