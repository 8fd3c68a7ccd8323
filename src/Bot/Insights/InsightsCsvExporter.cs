using System.Globalization;
using CsvHelper;
using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Insights;

/// <summary>
/// The insights as CSV for French Excel, with the rules of the notes' export (<see cref="NotesCsvExporter.Options"/>:
/// UTF-8 with a byte order mark, ';', CRLF, formula-looking cells neutralised): one row per event, oldest first.
/// The user column is a short prefix of the pseudonym: enough to see that one person asked five times, no more.
/// </summary>
public static class InsightsCsvExporter
{
    public const string ContentType = "text/csv";

    /// <summary>How much of the pseudonym the export shows.</summary>
    public const int UserKeyPrefixLength = 12;

    public static readonly IReadOnlyList<string> Header =
    [
        "Date (UTC)", "Canal", "Conversation", "Motif", "Question", "Question normalisée", "Type de réponse", "Réponse du bot",
        "Sources", "Commentaire", "Utilisateur (pseudonyme)",
    ];

    public static async Task WriteAsync(Stream output, IEnumerable<InsightEvent> events, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(output, NotesCsvExporter.Options, leaveOpen: true);
        csv.WriteHeader([.. Header]);
        foreach (var insight in events)
        {
            await csv.WriteRecordAsync(
            [
                insight.OccurredUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                NoteChannels.DisplayName(insight.ChannelId),
                insight.ConversationKind,
                InsightReason.Label(insight.Reason),
                insight.Question,
                insight.NormalizedQuestion,
                insight.AnswerKind ?? string.Empty,
                insight.AnswerTitle ?? string.Empty,
                string.Join(" ; ", insight.AnswerSources),
                insight.FeedbackText ?? string.Empty,
                insight.UserKey.Length > UserKeyPrefixLength ? insight.UserKey[..UserKeyPrefixLength] : insight.UserKey,
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task<byte[]> ToBytesAsync(IEnumerable<InsightEvent> events, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, events, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary><c>questions-2026-12-03.csv</c>.</summary>
    public static string FileName(DateTimeOffset now) => string.Create(CultureInfo.InvariantCulture, $"questions-{now.UtcDateTime:yyyy-MM-dd}.csv");
}
