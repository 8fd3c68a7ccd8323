using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NoteIdempotencyTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_teams_retry_of_the_same_activity_returns_the_first_note_and_saves_nothing_more()
    {
        var store = _database.NewStore();
        var key = NoteIdempotencyKey.ForActivity("msteams", "a:conv-1", "1742000000000");

        var first = await store.AddAsync(People.Draft(People.Marie, "Compte rendu"), key);
        var retry = await store.AddAsync(People.Draft(People.Marie, "Compte rendu"), key);

        Assert.True(first.Created);
        Assert.False(retry.Created);
        Assert.Equal(first.Note, retry.Note);
        Assert.Equal(1, (await store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, 1, 10)).TotalCount);
    }

    [Fact]
    public async Task A_double_click_on_a_card_submit_saves_once()
    {
        var store = _database.NewStore();
        var submission = Guid.NewGuid().ToString("N");
        // Two activities with their own ids carrying the same card submission id.
        var first = await store.AddAsync(People.Draft(People.Marie, "Note"), NoteIdempotencyKey.ForCardSubmission(People.Marie, "a:conv-1", submission));
        var second = await store.AddAsync(People.Draft(People.Marie, "Note"), NoteIdempotencyKey.ForCardSubmission(People.Marie, "a:conv-1", submission));

        Assert.Equal(first.Note.Reference, second.Note.Reference);
        Assert.False(second.Created);
        Assert.Single((await store.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, 1, 10)).Notes);
    }

    [Fact]
    public void Keys_separate_what_must_not_collide()
    {
        var activity = NoteIdempotencyKey.ForActivity("msteams", "a:conv-1", "act-1");

        Assert.NotEqual(activity, NoteIdempotencyKey.ForActivity("msteams", "a:conv-2", "act-1"));
        Assert.NotEqual(activity, NoteIdempotencyKey.ForActivity("slack", "a:conv-1", "act-1"));
        // Another user replaying someone's card submission id gets a key of their own.
        Assert.NotEqual(
            NoteIdempotencyKey.ForCardSubmission(People.Marie, "a:conv-1", "s-1"),
            NoteIdempotencyKey.ForCardSubmission(People.Paul, "a:conv-1", "s-1"));
        Assert.Throws<ArgumentException>(() => NoteIdempotencyKey.ForActivity("msteams", "a:conv-1", ""));
    }

    [Fact]
    public async Task Concurrent_submissions_from_several_conversations_are_all_saved_exactly_once()
    {
        // Five conversations, four submissions each, each through its own store and connection as separate hosts would.
        var submissions = Enumerable.Range(0, 20).Select(i => (Conversation: $"conv-{i % 5}", Activity: $"act-{i}", Text: $"Note {i}")).ToList();

        var added = await Task.WhenAll(submissions.Select(s => Task.Run(() =>
            _database.NewStore().AddAsync(
                People.Draft(People.Marie, s.Text, conversation: s.Conversation),
                NoteIdempotencyKey.ForActivity("msteams", s.Conversation, s.Activity)))));

        Assert.All(added, a => Assert.True(a.Created));
        Assert.Equal(20, added.Select(a => a.Note.Reference).Distinct().Count());
        var all = await _database.NewStore().ListAllByGroupAsync(RoadmapWorkingGroups.Benevoles.Id);
        Assert.Equal(submissions.Select(s => s.Text).Order(StringComparer.Ordinal), all.Select(n => n.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Parallel_duplicates_of_one_submission_create_exactly_one_note()
    {
        var key = NoteIdempotencyKey.ForActivity("msteams", "a:conv-1", "act-42");
        var shared = _database.NewStore();

        var added = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            (i % 2 == 0 ? shared : _database.NewStore()).AddAsync(People.Draft(People.Marie, "La même note"), key))));

        Assert.Single(added, a => a.Created);
        Assert.Single(added.Select(a => a.Note.Reference).Distinct());
        Assert.Equal(1, (await shared.ListByGroupAsync(RoadmapWorkingGroups.Benevoles.Id, 1, 10)).TotalCount);
    }
}
