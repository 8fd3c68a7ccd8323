namespace Mednum49.Bot.Notes;

/// <summary>
/// The outcome of <see cref="NoteRules.Validate"/>: French error messages keyed by <see cref="NoteFields"/>, or the
/// cleaned values ready to save.
/// </summary>
public sealed record NoteValidation(IReadOnlyDictionary<string, string> Errors, WorkingGroup? Group, string Text, DateOnly? ReferenceDate)
{
    public bool IsValid => Errors.Count == 0;

    public NoteDraft ToDraft(NoteUser author, string conversationId) =>
        IsValid && Group is not null
            ? new NoteDraft(Group.Id, Text, ReferenceDate, author, conversationId)
            : throw new InvalidOperationException("Only a valid submission becomes a draft.");
}
