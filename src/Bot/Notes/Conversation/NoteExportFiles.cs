using System.Globalization;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>One file of an export: name, content type and bytes.</summary>
public sealed record NoteExportFile(string Name, string ContentType, byte[] Content, string Format)
{
    /// <summary>
    /// The file inside the message, as a <c>data:</c> URI (Web Chat, Direct Line and the Emulator show it as a
    /// download link named <see cref="Name"/>).
    /// </summary>
    public Attachment Inline() => new()
    {
        ContentType = ContentType,
        ContentUrl = $"data:{ContentType};base64,{Convert.ToBase64String(Content)}",
        Name = Name,
    };
}

/// <summary>A group's export as files: the CSV table (<see cref="NotesCsvExporter"/>) and the Markdown digest (<see cref="NotesMarkdownExporter"/>).</summary>
public static class NoteExportFiles
{
    public const string Csv = "csv";
    public const string Markdown = "md";

    public static async Task<IReadOnlyList<NoteExportFile>> CreateAsync(WorkingGroup group, IReadOnlyList<Note> notes, DateTimeOffset now, CancellationToken cancellationToken) =>
    [
        await CreateAsync(group, notes, now, Csv, cancellationToken),
        await CreateAsync(group, notes, now, Markdown, cancellationToken),
    ];

    public static async Task<NoteExportFile> CreateAsync(WorkingGroup group, IReadOnlyList<Note> notes, DateTimeOffset now, string format, CancellationToken cancellationToken) => format switch
    {
        Csv => new(FileName(group, now, Csv), NotesCsvExporter.ContentType, await NotesCsvExporter.ToBytesAsync(group, notes, cancellationToken), Csv),
        Markdown => new(FileName(group, now, Markdown), NotesMarkdownExporter.ContentType, NotesMarkdownExporter.ToBytes(group, notes), Markdown),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "csv or md"),
    };

    /// <summary><c>notes-benevoles-2026-11-29.csv</c>: the slug (ASCII, no spaces) and the day, so files sort and never clash with another group's.</summary>
    public static string FileName(WorkingGroup group, DateTimeOffset now, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"notes-{SafeSlug(group.Slug)}-{ParisTime.Of(now):yyyy-MM-dd}.{extension}");

    private static string SafeSlug(string slug)
    {
        var safe = new string([.. slug.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return safe.Length == 0 ? "groupe" : safe;
    }
}
