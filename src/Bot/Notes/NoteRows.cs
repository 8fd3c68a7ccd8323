using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Mednum49.Bot.Notes;

/// <summary>
/// What <see cref="SqliteNoteStore"/> and <see cref="PostgresNoteStore"/> share around their SQL: the argument checks,
/// the columns every query reads and how a row becomes a <see cref="Note"/>, the author check before a change, the
/// log lines. Only how a date or a time is read differs between the providers (text in SQLite, native in PostgreSQL).
/// </summary>
internal static class NoteRows
{
    public const int MaxReferenceAttempts = 8;
    public const int MaxIdempotencyKeyLength = 512;

    /// <summary>Every column of <c>notes</c>, in the order <see cref="ReadAllAsync"/> reads them.</summary>
    public const string Columns =
        "id, reference, idempotency_key, group_id, text, reference_date, " +
        "author_channel_id, author_user_id, author_aad_object_id, author_name, author_upn, conversation_id, created_utc, " +
        "edited_utc, edited_by_channel_id, edited_by_user_id, edited_by_aad_object_id, edited_by_name, edited_by_upn, " +
        "deleted_utc, deleted_by_channel_id, deleted_by_user_id, deleted_by_aad_object_id, deleted_by_name, deleted_by_upn";

    /// <summary>Reads a nullable date or time column of a provider.</summary>
    public delegate T? ReadColumn<T>(DbDataReader reader, int ordinal) where T : struct;

    public static void CheckDraft(NoteDraft draft, string idempotencyKey)
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
    }

    public static void CheckNewText(string newText)
    {
        if (NoteRules.CheckText(newText) is not null)
        {
            throw new ArgumentException("Check the new text with NoteRules.CheckText before saving it.", nameof(newText));
        }
    }

    public static void CheckPage(int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, NotePage.MaxPageSize);
    }

    /// <summary>The note a save has just inserted, as it will be read back (<paramref name="created"/> as stored).</summary>
    public static NoteAdded Saved(long id, string reference, NoteDraft draft, NoteUser author, DateTimeOffset created, string idempotencyKey, ILogger logger)
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
            CreatedUtc = created,
            IdempotencyKey = idempotencyKey,
        }, Created: true);
    }

    /// <summary>The note an earlier save of the same key made: an idempotent save returns it, unchanged.</summary>
    public static NoteAdded AlreadySaved(Note existing, ILogger logger)
    {
        logger.LogInformation("Note {Reference} already saved from this submission: not saved again", existing.Reference);
        return new NoteAdded(existing, Created: false);
    }

    public static InvalidOperationException NoFreeReference() =>
        new($"Could not draw a free note reference in {MaxReferenceAttempts} attempts.");

    /// <summary>
    /// False, with why, when <paramref name="editor"/> may not change <paramref name="note"/> (read in the change's
    /// transaction): it is gone, or it is someone else's.
    /// </summary>
    public static bool MayChange([NotNullWhen(true)] Note? note, NoteUser editor, ILogger logger, [NotNullWhen(false)] out NoteChange? refusal)
    {
        refusal = null;
        if (note is null || note.IsDeleted)
        {
            refusal = new NoteChange(NoteChangeStatus.NotFound);
            return false;
        }

        if (!note.Author.IsSamePersonAs(editor))
        {
            logger.LogWarning("User {UserId} of channel {ChannelId} may not change note {Reference}", editor.UserId, editor.ChannelId, note.Reference);
            refusal = new NoteChange(NoteChangeStatus.Forbidden);
            return false;
        }

        return true;
    }

    public static NoteChange Changed(Note note, Note? changed, string what, ILogger logger)
    {
        logger.LogInformation("Note {Reference} {Change} by its author", note.Reference, what);
        return new NoteChange(NoteChangeStatus.Done, changed);
    }

    /// <summary>The notes of a query that selects <see cref="Columns"/>.</summary>
    public static async Task<IReadOnlyList<Note>> ReadAllAsync(
        DbCommand query, ReadColumn<DateOnly> readDate, ReadColumn<DateTimeOffset> readTime, CancellationToken cancellationToken)
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
                ReferenceDate = readDate(reader, 5),
                Author = ReadUser(reader, 6)!,
                ConversationId = reader.GetString(11),
                CreatedUtc = readTime(reader, 12)!.Value,
                EditedUtc = readTime(reader, 13),
                EditedBy = ReadUser(reader, 14),
                DeletedUtc = readTime(reader, 19),
                DeletedBy = ReadUser(reader, 20),
            });
        }

        return notes;
    }

    // Channel ids and AAD object ids compare case-insensitively: store and query them in one case.
    public static NoteUser Normalize(NoteUser user) => user with
    {
        ChannelId = user.ChannelId.ToLowerInvariant(),
        AadObjectId = string.IsNullOrWhiteSpace(user.AadObjectId) ? null : user.AadObjectId.Trim().ToLowerInvariant(),
    };

    // Five columns from `first`: channel, user id, AAD object id, name, UPN.
    private static NoteUser? ReadUser(DbDataReader reader, int first) =>
        reader.IsDBNull(first + 1)
            ? null
            : new NoteUser(reader.GetString(first), reader.GetString(first + 1), Nullable(reader, first + 2), Nullable(reader, first + 3), Nullable(reader, first + 4));

    private static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
