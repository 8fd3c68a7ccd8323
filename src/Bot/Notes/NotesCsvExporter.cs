using System.Globalization;
using CsvHelper;

namespace Mednum49.Bot.Notes;

/// <summary>
/// A group's notes as CSV for French Excel: UTF-8 with a byte order mark (or Excel guesses the encoding wrong), ';'
/// separator, CRLF, RFC 4180 quoting. Any cell starting with = + - @, a tab or a carriage return is a formula to a
/// spreadsheet: CsvHelper puts a ' in front of it and quotes it, as OWASP recommends (the text of the notes is
/// otherwise written as typed). Times are Paris time (<see cref="ParisTime"/>), as the header says.
/// </summary>
public static class NotesCsvExporter
{
    public const string ContentType = "text/csv";

    public static readonly IReadOnlyList<string> Header =
        ["Référence", "Groupe", "Date concernée", "Texte", "Auteur", "Canal", "Créée le (heure de Paris)", "Modifiée le (heure de Paris)", "Modifiée par"];

    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ';',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        InjectionCharacters = "=+-@\t\r",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static async Task WriteAsync(Stream output, WorkingGroup group, IEnumerable<Note> notes, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        foreach (var note in notes)
        {
            await csv.WriteRecordAsync(
            [
                note.Reference,
                group.Title,
                note.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                note.Text,
                note.Author.Label,
                NoteChannels.DisplayName(note.ChannelId),
                ParisTime.Of(note.CreatedUtc).ToString(DateTimeFormat, CultureInfo.InvariantCulture),
                note.EditedUtc is { } edited ? ParisTime.Of(edited).ToString(DateTimeFormat, CultureInfo.InvariantCulture) : string.Empty,
                note.EditedBy?.Label ?? string.Empty,
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task<byte[]> ToBytesAsync(WorkingGroup group, IEnumerable<Note> notes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, group, notes, cancellationToken);
        return buffer.ToArray();
    }
}
