namespace Mednum49.Bot.Notes;

/// <summary>
/// The words people use for a working group besides its title ("bénévoles", "MDS", "Angers", "sobriété"…), so a
/// group can be named in a few words. Optional: without it, groups are recognised by their titles and slugs only.
/// </summary>
public interface IWorkingGroupKeywords
{
    /// <summary>Words and expressions that designate this group and no other one.</summary>
    IReadOnlyList<string> KeywordsOf(string groupId);
}

/// <summary>No keywords: groups are recognised by their titles and slugs.</summary>
public sealed class NoWorkingGroupKeywords : IWorkingGroupKeywords
{
    public static NoWorkingGroupKeywords Instance { get; } = new();

    public IReadOnlyList<string> KeywordsOf(string groupId) => [];
}
