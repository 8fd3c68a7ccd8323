namespace Mednum49.Bot.Notes;

/// <summary>
/// What a user submitted, as raw text: the values of the Adaptive Card form, or what the dialog collected. The keys
/// of <see cref="NoteFields"/> name the fields (and the card's input ids).
/// </summary>
public sealed record NoteSubmission(string? GroupId, string? Text, string? ReferenceDate);

/// <summary>The field names that <see cref="NoteValidation.Errors"/> is keyed by; use them as the card's input ids.</summary>
public static class NoteFields
{
    public const string Group = "group";
    public const string Text = "text";
    public const string ReferenceDate = "date";
}
