using System.Data.Common;
using Mednum49.Bot.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Notes in PostgreSQL: the same contract as <see cref="SqliteNoteStore"/>, the same statements in PostgreSQL's
/// dialect. A save is one <c>INSERT … ON CONFLICT DO NOTHING</c> (a concurrent save of the same key, from any
/// instance, waits for the first and then finds its note); a change reads the note <c>FOR UPDATE</c> in a transaction.
/// Times are kept to the microsecond (timestamptz).
/// </summary>
public sealed class PostgresNoteStore(PostgresDatabase database, TimeProvider time, ILogger<PostgresNoteStore> logger) : INoteStore
{
    private const string Columns = NoteRows.Columns;

    // Same rule as NoteUser.IsSamePersonAs: by AAD object id when both have one, else by the channel's user id.
    private const string AuthorIsUser = "author_channel_id = @channel AND author_user_id = @user";
    private const string AuthorIsAadOrUser =
        "((author_aad_object_id = @aad AND author_channel_id = @channel) OR " +
        "(author_channel_id = @channel AND author_user_id = @user AND author_aad_object_id IS NULL))";

    private Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        database.OpenAsync(NotesSchema.Component, NotesSchema.PostgresMigrations, cancellationToken);

    public async Task<NoteAdded> AddAsync(NoteDraft draft, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        NoteRows.CheckDraft(draft, idempotencyKey);
        var author = NoteRows.Normalize(draft.Author);
        var created = Truncate(time.GetUtcNow());
        await using var connection = await OpenAsync(cancellationToken);

        for (var attempt = 1; attempt <= NoteRows.MaxReferenceAttempts; attempt++)
        {
            var reference = NoteReference.New();
            // DO NOTHING on any unique constraint: a known key returns its note below; a taken reference draws again.
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO notes (reference, idempotency_key, group_id, text, reference_date,
                                   author_channel_id, author_user_id, author_aad_object_id, author_name, author_upn,
                                   conversation_id, created_utc)
                VALUES (@reference, @key, @group, @text, @date, @channel, @user, @aad, @name, @upn, @conversation, @created)
                ON CONFLICT DO NOTHING
                RETURNING id;
                """, connection);
            insert.Parameters.AddWithValue("reference", reference);
            insert.Parameters.AddWithValue("key", idempotencyKey);
            insert.Parameters.AddWithValue("group", draft.GroupId);
            insert.Parameters.AddWithValue("text", draft.Text);
            insert.Parameters.Add(new NpgsqlParameter("date", NpgsqlDbType.Date) { Value = draft.ReferenceDate is { } date ? date : DBNull.Value });
            AddUser(insert, author, "channel", "user", "aad", "name", "upn");
            insert.Parameters.AddWithValue("conversation", draft.ConversationId);
            insert.Parameters.Add(new NpgsqlParameter("created", NpgsqlDbType.TimestampTz) { Value = created.UtcDateTime });

            if (await insert.ExecuteScalarAsync(cancellationToken) is long id)
            {
                return NoteRows.Saved(id, reference, draft, author, created, idempotencyKey, logger);
            }

            if (await QuerySingleAsync(connection, null, "idempotency_key = @key", c => c.Parameters.AddWithValue("key", idempotencyKey), cancellationToken) is { } existing)
            {
                return NoteRows.AlreadySaved(existing, logger);
            }
        }

        throw NoteRows.NoFreeReference();
    }

    public async Task<Note?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (!NoteReference.TryNormalize(reference, out var normalized))
        {
            return null;
        }

        await using var connection = await OpenAsync(cancellationToken);
        return await QuerySingleAsync(connection, null, "reference = @reference", c => c.Parameters.AddWithValue("reference", normalized), cancellationToken);
    }

    public Task<NotePage> ListByGroupAsync(string groupId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        ListPageAsync("group_id = @group", c => c.Parameters.AddWithValue("group", groupId), page, pageSize, cancellationToken);

    public Task<NotePage> ListByAuthorAsync(NoteUser author, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var user = NoteRows.Normalize(author);
        return ListPageAsync(user.AadObjectId is null ? AuthorIsUser : AuthorIsAadOrUser, c => AddIdentity(c, user), page, pageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<Note>> ListAllByGroupAsync(string groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand($"SELECT {Columns} FROM notes WHERE group_id = @group AND deleted_utc IS NULL ORDER BY created_utc, id;", connection);
        query.Parameters.AddWithValue("group", groupId);
        return await ReadAllAsync(query, cancellationToken);
    }

    public Task<NoteChange> UpdateTextAsync(string reference, string newText, NoteUser editor, CancellationToken cancellationToken = default)
    {
        NoteRows.CheckNewText(newText);
        return ChangeAsync(reference, editor, "edited", "text = @text, ", c => c.Parameters.AddWithValue("text", NoteRules.CleanText(newText)), cancellationToken);
    }

    public Task<NoteChange> DeleteAsync(string reference, NoteUser editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(reference, editor, "deleted", string.Empty, _ => { }, cancellationToken);

    // Read (locking the row), check the author and write in one transaction: a concurrent change waits its turn.
    private async Task<NoteChange> ChangeAsync(string reference, NoteUser editor, string what, string set, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        if (!NoteReference.TryNormalize(reference, out var normalized))
        {
            return new NoteChange(NoteChangeStatus.NotFound);
        }

        var user = NoteRows.Normalize(editor);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var note = await QuerySingleAsync(connection, transaction, "reference = @reference FOR UPDATE", c => c.Parameters.AddWithValue("reference", normalized), cancellationToken);
        if (!NoteRows.MayChange(note, user, logger, out var refusal))
        {
            return refusal;
        }

        await using var update = new NpgsqlCommand(
            $"UPDATE notes SET {set}{what}_utc = @when, {what}_by_channel_id = @channel, {what}_by_user_id = @user, " +
            $"{what}_by_aad_object_id = @aad, {what}_by_name = @name, {what}_by_upn = @upn WHERE id = @id;", connection, transaction);
        bind(update);
        update.Parameters.Add(new NpgsqlParameter("when", NpgsqlDbType.TimestampTz) { Value = Truncate(time.GetUtcNow()).UtcDateTime });
        AddUser(update, user, "channel", "user", "aad", "name", "upn");
        update.Parameters.AddWithValue("id", note.Id);
        await update.ExecuteNonQueryAsync(cancellationToken);

        var changed = await QuerySingleAsync(connection, transaction, "id = @id", c => c.Parameters.AddWithValue("id", note.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return NoteRows.Changed(note, changed, what, logger);
    }

    private async Task<NotePage> ListPageAsync(string where, Action<NpgsqlCommand> bind, int page, int pageSize, CancellationToken cancellationToken)
    {
        NoteRows.CheckPage(page, pageSize);

        await using var connection = await OpenAsync(cancellationToken);
        // One snapshot for the count and the page.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM notes WHERE {where} AND deleted_utc IS NULL;", connection, transaction);
        bind(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        await using var query = new NpgsqlCommand(
            $"SELECT {Columns} FROM notes WHERE {where} AND deleted_utc IS NULL ORDER BY created_utc DESC, id DESC LIMIT @limit OFFSET @offset;", connection, transaction);
        bind(query);
        query.Parameters.AddWithValue("limit", pageSize);
        query.Parameters.AddWithValue("offset", (long)(page - 1) * pageSize);
        var notes = await ReadAllAsync(query, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new NotePage(notes, page, pageSize, total);
    }

    private static async Task<Note?> QuerySingleAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string where, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand($"SELECT {Columns} FROM notes WHERE {where};", connection, transaction);
        bind(query);
        var notes = await ReadAllAsync(query, cancellationToken);
        return notes.Count == 0 ? null : notes[0];
    }

    private static Task<IReadOnlyList<Note>> ReadAllAsync(NpgsqlCommand query, CancellationToken cancellationToken) =>
        NoteRows.ReadAllAsync(query, ReadDate, ReadTime, cancellationToken);

    private static DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    private static DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc));

    private static void AddUser(NpgsqlCommand command, NoteUser user, string channel, string id, string aad, string name, string upn)
    {
        command.Parameters.AddWithValue(channel, user.ChannelId);
        command.Parameters.AddWithValue(id, user.UserId);
        AddText(command, aad, user.AadObjectId);
        AddText(command, name, user.DisplayName);
        AddText(command, upn, user.UserPrincipalName);
    }

    private static void AddIdentity(NpgsqlCommand command, NoteUser user)
    {
        command.Parameters.AddWithValue("channel", user.ChannelId);
        command.Parameters.AddWithValue("user", user.UserId);
        AddText(command, "aad", user.AadObjectId);
    }

    // A null needs its type: PostgreSQL cannot infer one from DBNull.
    private static void AddText(NpgsqlCommand command, string name, string? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    // PostgreSQL keeps microseconds: what is returned on save is what is read back.
    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);
}
