using System.Globalization;
using Mednum49.Bot.Storage;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes;

/// <summary>Conversation references in the bot's embedded database (table <c>conversation_references</c>, component <c>notes</c>).</summary>
public sealed class SqliteConversationReferenceStore(SqliteDatabase database, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, NoteUser user, CancellationToken cancellationToken = default)
    {
        var row = ConversationReferenceRows.ToRow(reference, user);
        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        await using var upsert = connection.CreateCommand();
        upsert.CommandText =
            """
            INSERT INTO conversation_references (aad_object_id, upn, channel_id, reference_json, updated_utc)
            VALUES ($aad, $upn, $channel, $json, $updated)
            ON CONFLICT (aad_object_id) DO UPDATE SET
                upn = COALESCE(excluded.upn, conversation_references.upn),
                channel_id = excluded.channel_id,
                reference_json = excluded.reference_json,
                updated_utc = excluded.updated_utc;
            """;
        upsert.Parameters.AddWithValue("$aad", row.AadObjectId);
        upsert.Parameters.AddWithValue("$upn", (object?)row.UserPrincipalName ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$channel", row.ChannelId);
        upsert.Parameters.AddWithValue("$json", row.Json);
        upsert.Parameters.AddWithValue("$updated", time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string aadObjectIdOrUpn, CancellationToken cancellationToken = default)
    {
        if (ConversationReferenceRows.Key(aadObjectIdOrUpn) is not { } key)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(NotesSchema.Component, NotesSchema.Migrations, cancellationToken);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT reference_json FROM conversation_references WHERE aad_object_id = $id OR upn = $id ORDER BY updated_utc DESC LIMIT 1;";
        query.Parameters.AddWithValue("$id", key);
        return ConversationReferenceRows.FromJson(await query.ExecuteScalarAsync(cancellationToken));
    }
}
