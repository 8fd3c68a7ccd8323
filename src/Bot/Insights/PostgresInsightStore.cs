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
    private const string EventColumns =
        "id, occurred_utc, reason, channel_id, conversation_kind, question, normalized_question, " +
        "answer_kind, answer_title, answer_sources, feedback_text, answer_key, user_key";

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
        await using var query = new NpgsqlCommand(
            "SELECT answer_key, sent_utc, question, answer_kind, answer_title, answer_sources, found FROM insight_answers WHERE answer_key = @key;", connection);
        query.Parameters.AddWithValue("key", answerKey);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SentAnswer(reader.GetString(0), Utc(reader.GetDateTime(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), InsightSources.Split(reader.GetString(5)), reader.GetBoolean(6))
            : null;
    }

    public async Task<IReadOnlyList<InsightEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand($"SELECT {EventColumns} FROM insight_events WHERE occurred_utc >= @since ORDER BY occurred_utc, id;", connection);
        query.Parameters.Add(Time("since", since));
        var events = new List<InsightEvent>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new InsightEvent
            {
                Id = reader.GetInt64(0),
                OccurredUtc = Utc(reader.GetDateTime(1)),
                Reason = reader.GetString(2),
                ChannelId = reader.GetString(3),
                ConversationKind = reader.GetString(4),
                Question = reader.GetString(5),
                NormalizedQuestion = reader.GetString(6),
                AnswerKind = reader.IsDBNull(7) ? null : reader.GetString(7),
                AnswerTitle = reader.IsDBNull(8) ? null : reader.GetString(8),
                AnswerSources = InsightSources.Split(reader.GetString(9)),
                FeedbackText = reader.IsDBNull(10) ? null : reader.GetString(10),
                AnswerKey = reader.IsDBNull(11) ? null : reader.GetString(11),
                UserKey = reader.GetString(12),
            });
        }

        return events;
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

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
