using System.Data.Common;
using System.Globalization;
using Mednum49.Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Notes in the bot's embedded SQLite database (see <see cref="PostgresNoteStore"/> for the server). Parameterised SQL only. The schema is brought up to date on
/// first use, so the web host, the CLI and tests all work on a new or an old file.
/// </summary>
public sealed class SqliteNoteStore(SqliteDatabase database, TimeProvider time, ILogger<SqliteNoteStore> logger) : INoteStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string Columns = NoteRows.Columns;

    // Same rule as NoteUser.IsSamePersonAs: by AAD object id when both have one, else by the channel's user id.
    // Each branch of the OR carries the channel, so SQLite answers it from an index (one per branch).
    private const string AuthorIsUser = "author_channel_id = $channel AND author_user_id = $user";
    private const string AuthorIsAadOrUser =
        "((author_aad_object_id = $aad AND author_channel_id = $channel) OR " +
        "(author_channel_id = $channel AND author_user_id = $user AND author_aad_object_id IS NULL))";

    public async Task<NoteAdded> AddAsync(NoteDraft draft, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        NoteRows.CheckDraft(draft, idempotencyKey);
        var author = NoteRows.Normalize(draft.Author);
        var created = time.GetUtcNow();
        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);

        for (var attempt = 1; attempt <= NoteRows.MaxReferenceAttempts; attempt++)
        {
            var reference = NoteReference.New();
            await using var insert = connection.CreateCommand();
            // DO NOTHING on any unique constraint: a known key returns its note below; a taken reference draws again.
            insert.CommandText =
                """
                INSERT INTO notes (reference, idempotency_key, group_id, text, reference_date,
                                   author_channel_id, author_user_id, author_aad_object_id, author_name, author_upn,
                                   conversation_id, created_utc)
                VALUES ($reference, $key, $group, $text, $date, $channel, $user, $aad, $name, $upn, $conversation, $created)
                ON CONFLICT DO NOTHING
                RETURNING id;
                """;
            insert.Parameters.AddWithValue("$reference", reference);
            insert.Parameters.AddWithValue("$key", idempotencyKey);
            insert.Parameters.AddWithValue("$group", draft.GroupId);
            insert.Parameters.AddWithValue("$text", draft.Text);
            insert.Parameters.AddWithValue("$date", (object?)draft.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            AddUser(insert, author, "$channel", "$user", "$aad", "$name", "$upn");
            insert.Parameters.AddWithValue("$conversation", draft.ConversationId);
            insert.Parameters.AddWithValue("$created", Format(created));

            if (await insert.ExecuteScalarAsync(cancellationToken) is long id)
            {
                return NoteRows.Saved(id, reference, draft, author, Parse(Format(created)), idempotencyKey, logger);
            }

            if (await QuerySingleAsync(connection, null, "idempotency_key = $key", c => c.Parameters.AddWithValue("$key", idempotencyKey), cancellationToken) is { } existing)
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

        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        return await QuerySingleAsync(connection, null, "reference = $reference", c => c.Parameters.AddWithValue("$reference", normalized), cancellationToken);
    }

    public Task<NotePage> ListByGroupAsync(string groupId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        ListPageAsync("group_id = $group", c => c.Parameters.AddWithValue("$group", groupId), page, pageSize, cancellationToken);

    public Task<NotePage> ListByAuthorAsync(NoteUser author, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var user = NoteRows.Normalize(author);
        return ListPageAsync(user.AadObjectId is null ? AuthorIsUser : AuthorIsAadOrUser, c => AddIdentity(c, user), page, pageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<Note>> ListAllByGroupAsync(string groupId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        await using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Columns} FROM notes WHERE group_id = $group AND deleted_utc IS NULL ORDER BY created_utc, id;";
        query.Parameters.AddWithValue("$group", groupId);
        return await ReadAllAsync(query, cancellationToken);
    }

    public Task<NoteChange> UpdateTextAsync(string reference, string newText, NoteUser editor, CancellationToken cancellationToken = default)
    {
        NoteRows.CheckNewText(newText);
        return ChangeAsync(reference, editor, "edited", "text = $text, ", c => c.Parameters.AddWithValue("$text", NoteRules.CleanText(newText)), cancellationToken);
    }

    public Task<NoteChange> DeleteAsync(string reference, NoteUser editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(reference, editor, "deleted", string.Empty, _ => { }, cancellationToken);

    // Read, check the author and write in one IMMEDIATE transaction, so a concurrent change cannot slip in between.
    private async Task<NoteChange> ChangeAsync(string reference, NoteUser editor, string what, string set, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        if (!NoteReference.TryNormalize(reference, out var normalized))
        {
            return new NoteChange(NoteChangeStatus.NotFound);
        }

        var user = NoteRows.Normalize(editor);
        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var note = await QuerySingleAsync(connection, transaction, "reference = $reference", c => c.Parameters.AddWithValue("$reference", normalized), cancellationToken);
        if (!NoteRows.MayChange(note, user, logger, out var refusal))
        {
            return refusal;
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText =
            $"UPDATE notes SET {set}{what}_utc = $when, {what}_by_channel_id = $channel, {what}_by_user_id = $user, " +
            $"{what}_by_aad_object_id = $aad, {what}_by_name = $name, {what}_by_upn = $upn WHERE id = $id;";
        bind(update);
        update.Parameters.AddWithValue("$when", Format(time.GetUtcNow()));
        AddUser(update, user, "$channel", "$user", "$aad", "$name", "$upn");
        update.Parameters.AddWithValue("$id", note.Id);
        await update.ExecuteNonQueryAsync(cancellationToken);

        var changed = await QuerySingleAsync(connection, transaction, "id = $id", c => c.Parameters.AddWithValue("$id", note.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return NoteRows.Changed(note, changed, what, logger);
    }

    private async Task<NotePage> ListPageAsync(string where, Action<SqliteCommand> bind, int page, int pageSize, CancellationToken cancellationToken)
    {
        NoteRows.CheckPage(page, pageSize);

        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        // One read transaction: the count and the page see the same snapshot.
        await using var transaction = connection.BeginTransaction(deferred: true);

        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = $"SELECT COUNT(*) FROM notes WHERE {where} AND deleted_utc IS NULL;";
        bind(count);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = $"SELECT {Columns} FROM notes WHERE {where} AND deleted_utc IS NULL ORDER BY created_utc DESC, id DESC LIMIT $limit OFFSET $offset;";
        bind(query);
        query.Parameters.AddWithValue("$limit", pageSize);
        query.Parameters.AddWithValue("$offset", (long)(page - 1) * pageSize);
        var notes = await ReadAllAsync(query, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new NotePage(notes, page, pageSize, total);
    }

    private static async Task<Note?> QuerySingleAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = $"SELECT {Columns} FROM notes WHERE {where};";
        bind(query);
        var notes = await ReadAllAsync(query, cancellationToken);
        return notes.Count == 0 ? null : notes[0];
    }

    private static Task<IReadOnlyList<Note>> ReadAllAsync(SqliteCommand query, CancellationToken cancellationToken) =>
        NoteRows.ReadAllAsync(query, ReadDate, ReadTime, cancellationToken);

    private static DateOnly? ReadDate(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Parse(reader.GetString(ordinal));

    private static void AddUser(SqliteCommand command, NoteUser user, string channel, string id, string aad, string name, string upn)
    {
        command.Parameters.AddWithValue(channel, user.ChannelId);
        command.Parameters.AddWithValue(id, user.UserId);
        command.Parameters.AddWithValue(aad, (object?)user.AadObjectId ?? DBNull.Value);
        command.Parameters.AddWithValue(name, (object?)user.DisplayName ?? DBNull.Value);
        command.Parameters.AddWithValue(upn, (object?)user.UserPrincipalName ?? DBNull.Value);
    }

    private static void AddIdentity(SqliteCommand command, NoteUser user)
    {
        command.Parameters.AddWithValue("$channel", user.ChannelId);
        command.Parameters.AddWithValue("$user", user.UserId);
        command.Parameters.AddWithValue("$aad", (object?)user.AadObjectId ?? DBNull.Value);
    }

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
