using System.Data.Common;
using System.Globalization;
using Mednum49.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Mednum49.Bot.Insights;

/// <summary>Insights in the bot's embedded SQLite database. Parameterised SQL only; the schema is migrated on first use.</summary>
public sealed class SqliteInsightStore(SqliteDatabase database) : IInsightStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public async Task<bool> AddAsync(InsightEvent insight, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(insight);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        // DO NOTHING: a second 👎 of the same user on the same answer (the partial unique index) is not counted twice.
        insert.CommandText =
            """
            INSERT INTO insight_events (occurred_utc, reason, channel_id, conversation_kind, question, normalized_question,
                                        answer_kind, answer_title, answer_sources, feedback_text, answer_key, user_key)
            VALUES ($occurred, $reason, $channel, $kind, $question, $normalized, $answerKind, $title, $sources, $feedback, $answerKey, $user)
            ON CONFLICT DO NOTHING;
            """;
        insert.Parameters.AddWithValue("$occurred", Format(insight.OccurredUtc));
        insert.Parameters.AddWithValue("$reason", insight.Reason);
        insert.Parameters.AddWithValue("$channel", insight.ChannelId);
        insert.Parameters.AddWithValue("$kind", insight.ConversationKind);
        insert.Parameters.AddWithValue("$question", insight.Question);
        insert.Parameters.AddWithValue("$normalized", insight.NormalizedQuestion);
        insert.Parameters.AddWithValue("$answerKind", (object?)insight.AnswerKind ?? DBNull.Value);
        insert.Parameters.AddWithValue("$title", (object?)insight.AnswerTitle ?? DBNull.Value);
        insert.Parameters.AddWithValue("$sources", InsightSources.Join(insight.AnswerSources));
        insert.Parameters.AddWithValue("$feedback", (object?)insight.FeedbackText ?? DBNull.Value);
        insert.Parameters.AddWithValue("$answerKey", (object?)insight.AnswerKey ?? DBNull.Value);
        insert.Parameters.AddWithValue("$user", insight.UserKey);
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RememberAnswerAsync(SentAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await OpenAsync(cancellationToken);
        await using var upsert = connection.CreateCommand();
        upsert.CommandText =
            """
            INSERT INTO insight_answers (answer_key, sent_utc, question, answer_kind, answer_title, answer_sources, found)
            VALUES ($key, $sent, $question, $kind, $title, $sources, $found)
            ON CONFLICT (answer_key) DO UPDATE SET sent_utc = excluded.sent_utc, question = excluded.question,
                answer_kind = excluded.answer_kind, answer_title = excluded.answer_title,
                answer_sources = excluded.answer_sources, found = excluded.found;
            """;
        upsert.Parameters.AddWithValue("$key", answer.AnswerKey);
        upsert.Parameters.AddWithValue("$sent", Format(answer.SentUtc));
        upsert.Parameters.AddWithValue("$question", answer.Question);
        upsert.Parameters.AddWithValue("$kind", answer.AnswerKind);
        upsert.Parameters.AddWithValue("$title", answer.AnswerTitle);
        upsert.Parameters.AddWithValue("$sources", InsightSources.Join(answer.AnswerSources));
        upsert.Parameters.AddWithValue("$found", answer.Found ? 1 : 0);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SentAnswer?> FindAnswerAsync(string answerKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerKey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {InsightRows.AnswerColumns} FROM insight_answers WHERE answer_key = $key;";
        query.Parameters.AddWithValue("$key", answerKey);
        return await InsightRows.ReadAnswerAsync(query, ReadTime, cancellationToken);
    }

    public async Task<IReadOnlyList<InsightEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {InsightRows.EventColumns} FROM insight_events WHERE occurred_utc >= $since ORDER BY occurred_utc, id;";
        query.Parameters.AddWithValue("$since", Format(since));
        return await InsightRows.ReadEventsAsync(query, ReadTime, cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var deleted = 0;
        foreach (var sql in new[] { "DELETE FROM insight_events WHERE occurred_utc < $before;", "DELETE FROM insight_answers WHERE sent_utc < $before;" })
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = sql;
            delete.Parameters.AddWithValue("$before", Format(before));
            deleted += await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenAsync(InsightsSchema.Component, InsightsSchema.Migrations, cancellationToken);

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => Parse(reader.GetString(ordinal));

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
