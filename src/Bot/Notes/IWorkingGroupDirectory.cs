namespace Mednum49.Bot.Notes;

/// <summary>
/// The working groups notes can be filed under. Implemented by the integrator from the knowledge base, so the notes
/// never depend on its model; tests implement it with the titles of the roadmap.
/// </summary>
public interface IWorkingGroupDirectory
{
    /// <summary>The group with this exact id (<c>group:&lt;slug&gt;</c>, case-insensitive), or <see langword="null"/>.</summary>
    WorkingGroup? Find(string id);

    /// <summary>Every working group, in the roadmap's order.</summary>
    IReadOnlyList<WorkingGroup> All();
}
