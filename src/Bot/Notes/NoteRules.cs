using System.Globalization;

namespace Mednum49.Bot.Notes;

/// <summary>
/// The rules a note must follow, shared by the dialog (one field at a time) and the card submit path (all at once),
/// so both say the same thing in the same words. The text is kept as typed, except for the blank space around it.
/// </summary>
public sealed class NoteRules(IWorkingGroupDirectory groups)
{
    /// <summary>
    /// The longest note, in characters (UTF-16 code units, as <see cref="string.Length"/> counts them), after the
    /// blank space around it is removed. About two pages: long minutes go in several notes.
    /// </summary>
    public const int MaxTextLength = 4000;

    /// <summary>Dates a note may refer to: anything else is a typing mistake.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy"];

    public const string GroupMissing = "Choisissez le groupe de travail auquel se rapporte votre note.";
    public const string GroupUnknown = "Je ne connais pas ce groupe de travail : choisissez l'un des groupes de travail de la feuille de route.";
    public const string TextMissing = "Votre note est vide : écrivez-en le texte avant de l'envoyer.";
    public const string DateUnreadable = "Je n'ai pas compris la date. Indiquez-la au format JJ/MM/AAAA, par exemple 14/03/2025, ou laissez-la vide.";

    public static string TextTooLong(int length) => string.Format(French,
        "Votre note fait {0:N0} caractères, et la limite est de {1:N0} caractères. Raccourcissez-la ou découpez-la en plusieurs notes.",
        length, MaxTextLength);

    public static string DateOutOfRange() => string.Format(French,
        "Cette date ne semble pas correcte : indiquez une date entre le {0:dd/MM/yyyy} et le {1:dd/MM/yyyy}, ou laissez-la vide.",
        EarliestDate, LatestDate);

    /// <summary>Checks every field; the errors are keyed by <see cref="NoteFields"/>.</summary>
    public NoteValidation Validate(NoteSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var group = FindGroup(submission.GroupId, out var groupError);
        if (groupError is not null)
        {
            errors[NoteFields.Group] = groupError;
        }

        var text = CleanText(submission.Text);
        if (CheckText(text) is { } textError)
        {
            errors[NoteFields.Text] = textError;
        }

        if (!TryParseDate(submission.ReferenceDate, out var date, out var dateError))
        {
            errors[NoteFields.ReferenceDate] = dateError;
        }

        return new NoteValidation(errors, group, text, date);
    }

    /// <summary>The group with this id, or the French reason it cannot be used.</summary>
    public WorkingGroup? FindGroup(string? groupId, out string? error)
    {
        if (string.IsNullOrWhiteSpace(groupId))
        {
            error = GroupMissing;
            return null;
        }

        var group = groups.Find(groupId.Trim());
        error = group is null ? GroupUnknown : null;
        return group;
    }

    /// <summary>The text as it will be stored: as typed, without the blank space around it.</summary>
    public static string CleanText(string? text) => text?.Trim() ?? string.Empty;

    /// <summary>Why this (cleaned) text cannot be saved, or <see langword="null"/> when it can.</summary>
    public static string? CheckText(string? text)
    {
        var cleaned = CleanText(text);
        return cleaned.Length == 0 ? TextMissing
            : cleaned.Length > MaxTextLength ? TextTooLong(cleaned.Length)
            : null;
    }

    /// <summary>
    /// Reads an optional date: empty is no date; the Adaptive Card date input sends <c>yyyy-MM-dd</c>, people type
    /// <c>14/03/2025</c>. (Relative dates such as « jeudi prochain » are the dialog's job: it resolves them first.)
    /// </summary>
    public static bool TryParseDate(string? value, out DateOnly? date, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value.Trim(), DateFormats, French, DateTimeStyles.None, out var parsed))
        {
            error = DateUnreadable;
            return false;
        }

        if (parsed < EarliestDate || parsed > LatestDate)
        {
            error = DateOutOfRange();
            return false;
        }

        date = parsed;
        return true;
    }
}
