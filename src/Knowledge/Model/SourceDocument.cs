namespace Mednum49.Knowledge.Model;

/// <summary>The roadmap document the knowledge base comes from, what it announces, and the sections entries may cite.</summary>
public sealed record SourceDocument(
    string Title,
    string Network,
    string Period,
    int AnnouncedAxes,
    int AnnouncedActionsAndWorkingGroups,
    IReadOnlyList<string> Sections);
