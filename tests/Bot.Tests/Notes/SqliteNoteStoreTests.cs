using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Notes;

public sealed class SqliteNoteStoreTests() : NoteStoreContractTests(ProviderDatabase.Sqlite)
{
    private const int NotesSchemaVersion = 2;

    [Fact]
    public async Task The_schema_is_versioned_in_the_shared_database_with_indexes_and_wal()
    {
        await AddAsync(People.Marie, "Texte");
        var database = new SqliteDatabase((string)Database.Settings["Storage:DatabasePath"]!);

        Assert.Equal(NotesSchemaVersion, await database.SchemaVersionAsync("notes"));
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notes' AND name LIKE 'ix_%' ORDER BY name;";
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["ix_notes_author_aad_created", "ix_notes_author_created", "ix_notes_group_created"], indexes);
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
