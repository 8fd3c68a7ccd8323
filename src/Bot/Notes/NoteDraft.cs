namespace Mednum49.Bot.Notes;

/// <summary>A note about to be saved, already checked by <see cref="NoteRules"/>.</summary>
public sealed record NoteDraft(string GroupId, string Text, DateOnly? ReferenceDate, NoteUser Author, string ConversationId);
