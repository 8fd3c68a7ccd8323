using System.Data.Common;
using Mednum49.Bot.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Mednum49.Bot.Insights;

/// <summary>
/// Insights in PostgreSQL: the contract of <see cref="SqliteInsightStore"/>, the same statements in PostgreSQL's
/// dialect. Times are kept to the microsecond (timestamptz).
/// </summary>
public sealed class PostgresInsightStore(PostgresDatabase database) : IInsightStore
{
    public async Task<bool> AddAsync(InsightEvent insight, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(insight);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO insight_events (occurred_utc, reason, channel_id, conversation_kind, question, normalized_question,
                                        answer_kind, answer_title, answer_sources, feedback_text, answer_key, user_key)
            VALUES (@occurred, @reason, @channel, @kind, @question, @normalized, @answerKind, @title, @sources, @feedback, @answerKey, @user)
            ON CONFLICT DO NOTHING;
            """, connection);
        insert.Parameters.Add(Time("occurred", insight.OccurredUtc));
        insert.Parameters.AddWithValue("reason", insight.Reason);
        insert.Parameters.AddWithValue("channel", insight.ChannelId);
        insert.Parameters.AddWithValue("kind", insight.ConversationKind);
        insert.Parameters.AddWithValue("question", insight.Question);
        insert.Parameters.AddWithValue("normalized", insight.NormalizedQuestion);
        insert.Parameters.Add(Text("answerKind", insight.AnswerKind));
        insert.Parameters.Add(Text("title", insight.AnswerTitle));
        insert.Parameters.AddWithValue("sources", InsightSources.Join(insight.AnswerSources));
        insert.Parameters.Add(Text("feedback", insight.FeedbackText));
        insert.Parameters.Add(Text("answerKey", insight.AnswerKey));
        insert.Parameters.AddWithValue("user", insight.UserKey);
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RememberAnswerAsync(SentAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await OpenAsync(cancellationToken);
        await using var upsert = new NpgsqlCommand(
            """
            INSERT INTO insight_answers (answer_key, sent_utc, question, answer_kind, answer_title, answer_sources, found)
            VALUES (@key, @sent, @question, @kind, @title, @sources, @found)
            ON CONFLICT (answer_key) DO UPDATE SET sent_utc = excluded.sent_utc, question = excluded.question,
                answer_kind = excluded.answer_kind, answer_title = excluded.answer_title,
                answer_sources = excluded.answer_sources, found = excluded.found;
            """, connection);
        upsert.Parameters.AddWithValue("key", answer.AnswerKey);
        upsert.Parameters.Add(Time("sent", answer.SentUtc));
        upsert.Parameters.AddWithValue("question", answer.Question);
        upsert.Parameters.AddWithValue("kind", answer.AnswerKind);
        upsert.Parameters.AddWithValue("title", answer.AnswerTitle);
        upsert.Parameters.AddWithValue("sources", InsightSources.Join(answer.AnswerSources));
        upsert.Parameters.AddWithValue("found", answer.Found);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SentAnswer?> FindAnswerAsync(string answerKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answerKey);
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand($"SELECT {InsightRows.AnswerColumns} FROM insight_answers WHERE answer_key = @key;", connection);
        query.Parameters.AddWithValue("key", answerKey);
        return await InsightRows.ReadAnswerAsync(query, ReadTime, cancellationToken);
    }

    public async Task<IReadOnlyList<InsightEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand($"SELECT {InsightRows.EventColumns} FROM insight_events WHERE occurred_utc >= @since ORDER BY occurred_utc, id;", connection);
        query.Parameters.Add(Time("since", since));
        return await InsightRows.ReadEventsAsync(query, ReadTime, cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var deleted = 0;
        foreach (var sql in new[] { "DELETE FROM insight_events WHERE occurred_utc < @before;", "DELETE FROM insight_answers WHERE sent_utc < @before;" })
        {
            await using var delete = new NpgsqlCommand(sql, connection, transaction);
            delete.Parameters.Add(Time("before", before));
            deleted += await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    private Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenAsync(InsightsSchema.Component, InsightsSchema.PostgresMigrations, cancellationToken);

    private static NpgsqlParameter Time(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { Value = value.UtcDateTime };

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
}
