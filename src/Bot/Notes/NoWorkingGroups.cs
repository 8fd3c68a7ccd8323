namespace Mednum49.Bot.Notes;

/// <summary>
/// The directory <c>AddNotes</c> falls back on until the knowledge base provides one: no group, so every note is
/// refused (<see cref="NoteRules.GroupUnknown"/>) and a warning is logged at start. Register the real
/// <see cref="IWorkingGroupDirectory"/> before or after <c>AddNotes</c>: the last registration wins.
/// </summary>
public sealed class NoWorkingGroups : IWorkingGroupDirectory
{
    public WorkingGroup? Find(string id) => null;

    public IReadOnlyList<WorkingGroup> All() => [];
}
