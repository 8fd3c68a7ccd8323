using System.Globalization;
using System.Text;
using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Notes;

/// <summary>
/// A readable digest of a group's notes in Markdown: the group, the period the notes cover, then each note with its
/// reference, dates (Paris time, as it says) and author, and its text as a quoted block. Everything that comes from users (text, names) is
/// escaped (<see cref="MarkdownText"/>) so a note can never add a link, an image or HTML.
/// </summary>
public static class NotesMarkdownExporter
{
    public const string ContentType = "text/markdown";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Render(WorkingGroup group, IReadOnlyList<Note> notes)
    {
        var builder = new StringBuilder();
        builder.Append("# Notes du groupe de travail « ").Append(MarkdownText.Inline(group.Title)).Append(" »\n\n");

        if (notes.Count == 0)
        {
            builder.Append("Aucune note n'a été déposée pour ce groupe.\n");
            return builder.ToString();
        }

        var first = notes.Min(n => n.CreatedUtc);
        var last = notes.Max(n => n.CreatedUtc);
        var period = Day(first) == Day(last) ? $"le {Day(first)}" : $"du {Day(first)} au {Day(last)}";
        builder.Append(CultureInfo.InvariantCulture, $"{FrenchCount.Notes(notes.Count, "déposée")} {period} (heures de Paris).\n");

        foreach (var note in notes.OrderBy(n => n.CreatedUtc).ThenBy(n => n.Id))
        {
            builder.Append('\n').Append("## ").Append(note.Reference).Append(" — ").Append(Moment(note.CreatedUtc)).Append("\n\n");
            builder.Append("- Auteur : ").Append(MarkdownText.Inline(note.Author.Label)).Append('\n');
            if (note.ReferenceDate is { } date)
            {
                builder.Append("- Date concernée : ").Append(date.ToString("dddd d MMMM yyyy", French)).Append('\n');
            }

            if (note.EditedUtc is { } edited)
            {
                builder.Append("- Modifiée le ").Append(Moment(edited));
                if (note.EditedBy is { } editor)
                {
                    builder.Append(" par ").Append(MarkdownText.Inline(editor.Label));
                }

                builder.Append('\n');
            }

            builder.Append('\n').Append(MarkdownText.Quote(note.Text));
        }

        return builder.ToString();
    }

    public static byte[] ToBytes(WorkingGroup group, IReadOnlyList<Note> notes) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(group, notes));

    private static string Day(DateTimeOffset value) => ParisTime.Day(value);

    private static string Moment(DateTimeOffset value) => ParisTime.Moment(value);
}
