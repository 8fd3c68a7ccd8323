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
    internal const int MaxReferenceAttempts = 8;
    internal const int MaxIdempotencyKeyLength = 512;
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string Columns =
        "id, reference, idempotency_key, group_id, text, reference_date, " +
        "author_channel_id, author_user_id, author_aad_object_id, author_name, author_upn, conversation_id, created_utc, " +
        "edited_utc, edited_by_channel_id, edited_by_user_id, edited_by_aad_object_id, edited_by_name, edited_by_upn, " +
        "deleted_utc, deleted_by_channel_id, deleted_by_user_id, deleted_by_aad_object_id, deleted_by_name, deleted_by_upn";

    // Same rule as NoteUser.IsSamePersonAs: by AAD object id when both have one, else by the channel's user id.
    // Each branch of the OR carries the channel, so SQLite answers it from an index (one per branch).
    private const string AuthorIsUser = "author_channel_id = $channel AND author_user_id = $user";
    private const string AuthorIsAadOrUser =
        "((author_aad_object_id = $aad AND author_channel_id = $channel) OR " +
        "(author_channel_id = $channel AND author_user_id = $user AND author_aad_object_id IS NULL))";

    public async Task<NoteAdded> AddAsync(NoteDraft draft, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            throw new ArgumentException($"An idempotency key is required (at most {MaxIdempotencyKeyLength} characters).", nameof(idempotencyKey));
        }

        if (NoteRules.CheckText(draft.Text) is not null || string.IsNullOrWhiteSpace(draft.GroupId))
        {
            throw new ArgumentException("Check the draft with NoteRules before saving it.", nameof(draft));
        }

        var author = Normalize(draft.Author);
        var created = time.GetUtcNow();
        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);

        for (var attempt = 1; attempt <= MaxReferenceAttempts; attempt++)
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
                logger.LogInformation("Note {Reference} saved for group {GroupId} in channel {ChannelId}", reference, draft.GroupId, author.ChannelId);
                return new NoteAdded(new Note
                {
                    Id = id,
                    Reference = reference,
                    GroupId = draft.GroupId,
                    Text = draft.Text,
                    ReferenceDate = draft.ReferenceDate,
                    Author = author,
                    ConversationId = draft.ConversationId,
                    CreatedUtc = Parse(Format(created)),
                    IdempotencyKey = idempotencyKey,
                }, Created: true);
            }

            if (await QuerySingleAsync(connection, null, "idempotency_key = $key", c => c.Parameters.AddWithValue("$key", idempotencyKey), cancellationToken) is { } existing)
            {
                logger.LogInformation("Note {Reference} already saved from this submission: not saved again", existing.Reference);
                return new NoteAdded(existing, Created: false);
            }
        }

        throw new InvalidOperationException($"Could not draw a free note reference in {MaxReferenceAttempts} attempts.");
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
        var user = Normalize(author);
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
        if (NoteRules.CheckText(newText) is not null)
        {
            throw new ArgumentException("Check the new text with NoteRules.CheckText before saving it.", nameof(newText));
        }

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

        var user = Normalize(editor);
        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var note = await QuerySingleAsync(connection, transaction, "reference = $reference", c => c.Parameters.AddWithValue("$reference", normalized), cancellationToken);
        if (note is null || note.IsDeleted)
        {
            return new NoteChange(NoteChangeStatus.NotFound);
        }

        if (!note.Author.IsSamePersonAs(user))
        {
            logger.LogWarning("User {UserId} of channel {ChannelId} may not change note {Reference}", user.UserId, user.ChannelId, note.Reference);
            return new NoteChange(NoteChangeStatus.Forbidden);
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
        logger.LogInformation("Note {Reference} {Change} by its author", note.Reference, what);
        return new NoteChange(NoteChangeStatus.Done, changed);
    }

    private async Task<NotePage> ListPageAsync(string where, Action<SqliteCommand> bind, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, NotePage.MaxPageSize);

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

    private static async Task<IReadOnlyList<Note>> ReadAllAsync(SqliteCommand query, CancellationToken cancellationToken)
    {
        var notes = new List<Note>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            notes.Add(new Note
            {
                Id = reader.GetInt64(0),
                Reference = reader.GetString(1),
                IdempotencyKey = reader.GetString(2),
                GroupId = reader.GetString(3),
                Text = reader.GetString(4),
                ReferenceDate = reader.IsDBNull(5) ? null : DateOnly.ParseExact(reader.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Author = ReadUser(reader, 6)!,
                ConversationId = reader.GetString(11),
                CreatedUtc = Parse(reader.GetString(12)),
                EditedUtc = reader.IsDBNull(13) ? null : Parse(reader.GetString(13)),
                EditedBy = ReadUser(reader, 14),
                DeletedUtc = reader.IsDBNull(19) ? null : Parse(reader.GetString(19)),
                DeletedBy = ReadUser(reader, 20),
            });
        }

        return notes;
    }

    // Five columns from `first`: channel, user id, AAD object id, name, UPN.
    private static NoteUser? ReadUser(SqliteDataReader reader, int first) =>
        reader.IsDBNull(first + 1)
            ? null
            : new NoteUser(reader.GetString(first), reader.GetString(first + 1), Nullable(reader, first + 2), Nullable(reader, first + 3), Nullable(reader, first + 4));

    private static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

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

    // Channel ids and AAD object ids compare case-insensitively: store and query them in one case.
    internal static NoteUser Normalize(NoteUser user) => user with
    {
        ChannelId = user.ChannelId.ToLowerInvariant(),
        AadObjectId = string.IsNullOrWhiteSpace(user.AadObjectId) ? null : user.AadObjectId.Trim().ToLowerInvariant(),
    };

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string value) =>
        DateTimeOffset.ParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
