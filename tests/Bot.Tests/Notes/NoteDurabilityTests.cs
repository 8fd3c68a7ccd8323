using Mednum49.Bot.Cli;
using Mednum49.Bot.Notes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NoteDurabilityTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private IHost BuildHost() =>
        new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null)
        {
            ConfigureHost = builder =>
            {
                builder.Configuration["Storage:DatabasePath"] = _database.Path;
                builder.Services.AddSingleton<IWorkingGroupDirectory, RoadmapWorkingGroups>();
            },
        }.BuildHost();

    [Fact]
    public async Task A_note_saved_by_one_host_is_still_there_for_the_next_host_on_the_same_file()
    {
        NoteAdded saved;
        using (var first = BuildHost())
        {
            var rules = first.Services.GetRequiredService<NoteRules>();
            var validation = rules.Validate(new NoteSubmission("group:reconditionnement", "Visite de l'atelier de reconditionnement.", "14/03/2025"));
            saved = await first.Services.GetRequiredService<INoteStore>().AddAsync(validation.ToDraft(People.Marie, "a:conv-1"), "activity|msteams|a:conv-1|act-1");
        }

        // The first process is gone: nothing of it stays in memory, only the file.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var second = BuildHost();
        var store = second.Services.GetRequiredService<INoteStore>();
        var read = await store.GetAsync(saved.Note.Reference);

        Assert.Equal(saved.Note, read);
        Assert.Equal(new DateOnly(2025, 3, 14), read!.ReferenceDate);
        // And the idempotency key survived too: a late retry after the restart saves nothing.
        var retry = await store.AddAsync(People.Draft(People.Marie, "Visite de l'atelier de reconditionnement.", RoadmapWorkingGroups.Reconditionnement), "activity|msteams|a:conv-1|act-1");
        Assert.False(retry.Created);
        Assert.Equal(saved.Note.Reference, retry.Note.Reference);
    }

    [Fact]
    public async Task A_new_store_on_the_same_file_sees_the_notes_and_their_changes()
    {
        var note = (await _database.NewStore().AddAsync(People.Draft(People.Paul, "Avant"), "k-1")).Note;
        await _database.NewStore().UpdateTextAsync(note.Reference, "Après", People.Paul);

        var read = await _database.NewStore().GetAsync(note.Reference);

        Assert.Equal("Après", read!.Text);
        Assert.NotNull(read.EditedUtc);
    }
}
