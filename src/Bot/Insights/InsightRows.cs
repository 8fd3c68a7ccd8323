using System.Data.Common;

namespace Mednum49.Bot.Insights;

/// <summary>
/// What <see cref="SqliteInsightStore"/> and <see cref="PostgresInsightStore"/> share around their SQL: the columns
/// their queries read and how a row becomes an <see cref="InsightEvent"/> or a <see cref="SentAnswer"/>. Only how a time
/// is read differs between the providers (text in SQLite, timestamptz in PostgreSQL).
/// </summary>
internal static class InsightRows
{
    /// <summary>Every column of <c>insight_events</c>, in the order <see cref="ReadEventsAsync"/> reads them.</summary>
    public const string EventColumns =
        "id, occurred_utc, reason, channel_id, conversation_kind, question, normalized_question, " +
        "answer_kind, answer_title, answer_sources, feedback_text, answer_key, user_key";

    /// <summary>Every column of <c>insight_answers</c>, in the order <see cref="ReadAnswerAsync"/> reads them.</summary>
    public const string AnswerColumns = "answer_key, sent_utc, question, answer_kind, answer_title, answer_sources, found";

    public static async Task<IReadOnlyList<InsightEvent>> ReadEventsAsync(
        DbCommand query, Func<DbDataReader, int, DateTimeOffset> readTime, CancellationToken cancellationToken)
    {
        var events = new List<InsightEvent>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new InsightEvent
            {
                Id = reader.GetInt64(0),
                OccurredUtc = readTime(reader, 1),
                Reason = reader.GetString(2),
                ChannelId = reader.GetString(3),
                ConversationKind = reader.GetString(4),
                Question = reader.GetString(5),
                NormalizedQuestion = reader.GetString(6),
                AnswerKind = Nullable(reader, 7),
                AnswerTitle = Nullable(reader, 8),
                AnswerSources = InsightSources.Split(reader.GetString(9)),
                FeedbackText = Nullable(reader, 10),
                AnswerKey = Nullable(reader, 11),
                UserKey = reader.GetString(12),
            });
        }

        return events;
    }

    /// <summary>The first answer of a query that selects <see cref="AnswerColumns"/>, or null.</summary>
    public static async Task<SentAnswer?> ReadAnswerAsync(
        DbCommand query, Func<DbDataReader, int, DateTimeOffset> readTime, CancellationToken cancellationToken)
    {
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        // GetBoolean: PostgreSQL's boolean, SQLite's 0/1 integer (the provider reads it as "not 0").
        return await reader.ReadAsync(cancellationToken)
            ? new SentAnswer(reader.GetString(0), readTime(reader, 1), reader.GetString(2), reader.GetString(3), reader.GetString(4), InsightSources.Split(reader.GetString(5)), reader.GetBoolean(6))
            : null;
    }

    private static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
