using Mednum49.Bot.Notes;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mednum49.Bot.Tests.Notes;

/// <summary>
/// What every <see cref="INoteStore"/> promises, run once per provider by the derived classes
/// (<see cref="SqliteNoteStoreTests"/>, <see cref="PostgresNoteStoreTests"/>), each on a fresh database.
/// </summary>
public abstract class NoteStoreContractTests(string provider) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Start);
    private INoteStore _store = null!;

    protected ProviderDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await ProviderDatabase.CreateAsync(provider);
        _store = NewStore(_clock);
    }

    public async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    protected INoteStore NewStore(TimeProvider time) => Database.Create<INoteStore>(
        sqlite => new SqliteNoteStore(sqlite, time, NullLogger<SqliteNoteStore>.Instance),
        postgres => new PostgresNoteStore(postgres, time, NullLogger<PostgresNoteStore>.Instance));

    protected async Task<Note> AddAsync(NoteUser author, string text, WorkingGroup? group = null, string? key = null)
    {
        var added = await _store.AddAsync(People.Draft(author, text, group), key ?? Guid.NewGuid().ToString("N"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        return added.Note;
    }

    [SkippableFact]
    public async Task A_saved_note_is_read_back_with_everything_recorded()
    {
        var draft = new NoteDraft(RoadmapWorkingGroups.Sobriete.Id, "Atelier sobriété : 12 participants.", new DateOnly(2025, 3, 20), People.Marie, "a:conversation-1");

        var added = await _store.AddAsync(draft, "activity|msteams|a:conversation-1|act-1");
        var read = await _store.GetAsync(added.Note.Reference);

        Assert.True(added.Created);
        Assert.NotNull(read);
        Assert.Equal(added.Note, read);
        Assert.Matches("^N-[2-9A-Z]{5}$", read.Reference);
        Assert.Equal(RoadmapWorkingGroups.Sobriete.Id, read.GroupId);
        Assert.Equal("Atelier sobriété : 12 participants.", read.Text);
        Assert.Equal(new DateOnly(2025, 3, 20), read.ReferenceDate);
        Assert.Equal("msteams", read.ChannelId);
        Assert.Equal("a:conversation-1", read.ConversationId);
        Assert.Equal("29:marie", read.Author.UserId);
        Assert.Equal("6e1f9f0c-2e3a-4e4b-9c55-0a1b2c3d4e5f", read.Author.AadObjectId);
        Assert.Equal("Marie Lefèvre", read.Author.DisplayName);
        Assert.Equal("marie.lefevre@exemple.fr", read.Author.UserPrincipalName);
        Assert.Equal(Start, read.CreatedUtc);
        Assert.Equal(TimeSpan.Zero, read.CreatedUtc.Offset);
        Assert.Equal("activity|msteams|a:conversation-1|act-1", read.IdempotencyKey);
        Assert.Null(read.EditedUtc);
        Assert.Null(read.DeletedUtc);
    }

    [SkippableFact]
    public async Task References_are_found_however_they_are_typed_and_unknown_ones_are_not()
    {
        var note = await AddAsync(People.Marie, "Texte");

        Assert.Equal(note.Id, (await _store.GetAsync(note.Reference.ToLowerInvariant()))?.Id);
        Assert.Equal(note.Id, (await _store.GetAsync(note.Reference[2..]))?.Id);
        Assert.Null(await _store.GetAsync(note.Reference == "N-22222" ? "N-33333" : "N-22222"));
        Assert.Null(await _store.GetAsync("'; DROP TABLE notes; --"));
        Assert.NotNull(await _store.GetAsync(note.Reference));
    }

    [SkippableFact]
    public async Task Html_and_script_are_stored_and_returned_exactly_as_typed()
    {
        const string text = "<script>alert(\"x\")</script>\n<img src=x onerror=alert(1)> ' OR 1=1; -- \u00e9\u0301 😀";

        var note = await AddAsync(People.Marie, text);

        Assert.Equal(text, (await _store.GetAsync(note.Reference))!.Text);
    }

    [SkippableFact]
    public async Task A_group_is_listed_most_recent_first_page_by_page_with_its_total()
    {
        var notes = new List<Note>();
        for (var i = 1; i <= 7; i++)
        {
            notes.Add(await AddAsync(i % 2 == 0 ? People.Paul : People.Marie, $"Note {i}"));
        }

        await AddAsync(People.Marie, "Autre groupe", RoadmapWorkingGroups.Domicile);

        var first = await _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, page: 1, pageSize: 3);
        var second = await _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, page: 2, pageSize: 3);
        var third = await _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, page: 3, pageSize: 3);
        var beyond = await _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, page: 4, pageSize: 3);

        Assert.Equal(["Note 7", "Note 6", "Note 5"], first.Notes.Select(n => n.Text));
        Assert.Equal(["Note 4", "Note 3", "Note 2"], second.Notes.Select(n => n.Text));
        Assert.Equal(["Note 1"], third.Notes.Select(n => n.Text));
        Assert.Empty(beyond.Notes);
        Assert.All([first, second, third, beyond], p => Assert.Equal(7, p.TotalCount));
        Assert.Equal(3, first.PageCount);
        Assert.True(second.HasMore);
        Assert.False(third.HasMore);
    }

    [SkippableFact]
    public async Task Notes_saved_in_the_same_instant_keep_their_order()
    {
        var frozen = NewStore(new ManualClock(Start));
        for (var i = 1; i <= 4; i++)
        {
            await frozen.AddAsync(People.Draft(People.Marie, $"Note {i}"), $"key-{i}");
        }

        var page = await frozen.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, 1, 10);

        Assert.Equal(["Note 4", "Note 3", "Note 2", "Note 1"], page.Notes.Select(n => n.Text));
    }

    [SkippableFact]
    public async Task An_empty_group_has_an_empty_first_page()
    {
        var page = await _store.ListByGroupAsync(RoadmapWorkingGroups.Maillage.Id, 1, 10);

        Assert.Empty(page.Notes);
        Assert.Equal(0, page.TotalCount);
        Assert.Equal(0, page.PageCount);
        Assert.False(page.HasMore);
    }

    [SkippableTheory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, NotePage.MaxPageSize + 1)]
    public async Task Out_of_range_paging_is_a_programming_error(int page, int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, page, pageSize));
    }

    [SkippableFact]
    public async Task My_notes_are_mine_across_conversations_and_groups_but_only_in_my_channel()
    {
        await AddAsync(People.Marie, "Marie 1");
        await AddAsync(People.Paul, "Paul 1");
        await _store.AddAsync(People.Draft(People.Marie, "Marie 2", RoadmapWorkingGroups.Precaires, conversation: "conv-2"), "k-marie-2");
        // Same user id, another channel (a Web Chat page chooses its ids): not Marie.
        await AddAsync(new NoteUser("webchat", "29:marie"), "Imposteur");

        var mine = await _store.ListByAuthorAsync(People.Marie, 1, 10);
        // In Teams the AAD object id identifies her even if her channel user id differs (another bot registration).
        var sameAad = await _store.ListByAuthorAsync(People.Marie with { UserId = "29:other-id", AadObjectId = People.Marie.AadObjectId!.ToUpperInvariant() }, 1, 10);

        Assert.Equal(["Marie 2", "Marie 1"], mine.Notes.Select(n => n.Text));
        Assert.Equal(2, mine.TotalCount);
        Assert.Equal(["Marie 2", "Marie 1"], sameAad.Notes.Select(n => n.Text));
    }

    [SkippableFact]
    public async Task The_author_edits_her_note_and_who_and_when_are_recorded()
    {
        var note = await AddAsync(People.Marie, "Premier jet");
        var editedAt = _clock.GetUtcNow();

        var change = await _store.UpdateTextAsync(note.Reference, "  Version corrigée  ", People.Marie);

        Assert.Equal(NoteChangeStatus.Done, change.Status);
        var read = await _store.GetAsync(note.Reference);
        Assert.Equal(change.Note, read);
        Assert.Equal("Version corrigée", read!.Text);
        Assert.Equal(editedAt, read.EditedUtc);
        Assert.Equal("29:marie", read.EditedBy?.UserId);
        Assert.Equal("Marie Lefèvre", read.EditedBy?.DisplayName);
        Assert.Equal(note.CreatedUtc, read.CreatedUtc);
    }

    [SkippableFact]
    public async Task Someone_else_can_neither_edit_nor_delete_a_note_and_nothing_changes()
    {
        var note = await AddAsync(People.Marie, "Texte de Marie");

        var edit = await _store.UpdateTextAsync(note.Reference, "Texte de Paul", People.Paul);
        var delete = await _store.DeleteAsync(note.Reference, People.Paul);
        var sameIdOtherChannel = await _store.DeleteAsync(note.Reference, new NoteUser("webchat", "29:marie"));

        Assert.Equal(NoteChangeStatus.Forbidden, edit.Status);
        Assert.Equal(NoteChangeStatus.Forbidden, delete.Status);
        Assert.Equal(NoteChangeStatus.Forbidden, sameIdOtherChannel.Status);
        Assert.Null(edit.Note);
        Assert.Equal(note, await _store.GetAsync(note.Reference));
    }

    [SkippableFact]
    public async Task A_deleted_note_is_kept_with_who_and_when_but_no_longer_listed_nor_changeable()
    {
        var kept = await AddAsync(People.Marie, "Gardée");
        var note = await AddAsync(People.Marie, "À supprimer");
        var deletedAt = _clock.GetUtcNow();

        var delete = await _store.DeleteAsync(note.Reference, People.Marie);

        Assert.Equal(NoteChangeStatus.Done, delete.Status);
        var read = await _store.GetAsync(note.Reference);
        Assert.True(read!.IsDeleted);
        Assert.Equal(deletedAt, read.DeletedUtc);
        Assert.Equal("29:marie", read.DeletedBy?.UserId);
        Assert.Equal("À supprimer", read.Text);

        var group = await _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, 1, 10);
        Assert.Equal([kept.Reference], group.Notes.Select(n => n.Reference));
        Assert.Equal(1, group.TotalCount);
        Assert.Equal([kept.Reference], (await _store.ListByAuthorAsync(People.Marie, 1, 10)).Notes.Select(n => n.Reference));
        Assert.Equal([kept.Reference], (await _store.ListAllByGroupAsync(RoadmapWorkingGroups.Benevoles.Id)).Select(n => n.Reference));

        Assert.Equal(NoteChangeStatus.NotFound, (await _store.DeleteAsync(note.Reference, People.Marie)).Status);
        Assert.Equal(NoteChangeStatus.NotFound, (await _store.UpdateTextAsync(note.Reference, "Retour", People.Marie)).Status);
    }

    [SkippableFact]
    public async Task Changing_an_unknown_reference_says_not_found()
    {
        Assert.Equal(NoteChangeStatus.NotFound, (await _store.UpdateTextAsync("N-22222", "x", People.Marie)).Status);
        Assert.Equal(NoteChangeStatus.NotFound, (await _store.DeleteAsync("pas une référence", People.Marie)).Status);
    }

    [SkippableFact]
    public async Task Invalid_drafts_and_texts_never_reach_the_database()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AddAsync(People.Draft(People.Marie, "   "), "k"));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AddAsync(People.Draft(People.Marie, new string('x', NoteRules.MaxTextLength + 1)), "k"));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.AddAsync(People.Draft(People.Marie, "ok"), " "));
        var note = await AddAsync(People.Marie, "ok");
        await Assert.ThrowsAsync<ArgumentException>(() => _store.UpdateTextAsync(note.Reference, "", People.Marie));

        Assert.Equal(1, (await _store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, 1, 10)).TotalCount);
    }

    [SkippableFact]
    public async Task Export_lists_every_note_of_the_group_oldest_first()
    {
        for (var i = 1; i <= 60; i++)
        {
            await AddAsync(People.Marie, $"Note {i}");
        }

        var all = await _store.ListAllByGroupAsync(RoadmapWorkingGroups.Benevoles.Id);

        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"Note {i}"), all.Select(n => n.Text));
    }

    [SkippableFact]
    public async Task Concurrent_saves_of_one_key_from_two_processes_create_one_note()
    {
        var stores = new[] { NewStore(TimeProvider.System), NewStore(TimeProvider.System) };
        await stores[0].AddAsync(People.Draft(People.Marie, "préparation"), "warm-up");

        for (var round = 0; round < 5; round++)
        {
            var key = $"activity|msteams|a:conv|{round}";
            var added = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].AddAsync(People.Draft(People.Marie, $"Tour {round}"), key))));

            Assert.Equal(1, added.Count(a => a.Created));
            Assert.Single(added.Select(a => a.Note.Reference).Distinct());
        }

        Assert.Equal(6, (await _store.ListAllByGroupAsync(RoadmapWorkingGroups.Benevoles.Id)).Count);
    }
}
