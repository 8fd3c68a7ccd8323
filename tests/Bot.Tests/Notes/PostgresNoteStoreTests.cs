using Mednum49.Bot.Notes;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Notes;

public sealed class PostgresNoteStoreTests() : NoteStoreContractTests(ProviderDatabase.Postgres)
{
    [SkippableFact]
    public async Task The_schema_is_versioned_with_its_indexes_and_keeps_microseconds()
    {
        await AddAsync(People.Marie, "Texte");

        Assert.Equal((long)NotesSchema.PostgresMigrations.Count, Convert.ToInt64(await Database.ScalarAsync("SELECT MAX(version) FROM schema_migrations WHERE component = 'notes';")));
        Assert.Equal(
            "ix_notes_author_aad_created,ix_notes_author_created,ix_notes_group_created",
            (string?)await Database.ScalarAsync("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'notes' AND schemaname = current_schema() AND indexname LIKE 'ix_%';"));

        var precise = new ManualClock(Start.AddTicks(1_234_567));
        var saved = (await NewStore(precise).AddAsync(People.Draft(People.Paul, "Précis"), "precise")).Note;
        Assert.Equal(saved, await NewStore(precise).GetAsync(saved.Reference));
        Assert.Equal(Start.AddTicks(1_234_560), saved.CreatedUtc);
    }
}
