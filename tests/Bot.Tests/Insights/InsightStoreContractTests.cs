using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Insights;

/// <summary>
/// What every <see cref="IInsightStore"/> promises, run once per provider by the derived classes
/// (<see cref="SqliteInsightStoreTests"/>, <see cref="PostgresInsightStoreTests"/>), each on a fresh database.
/// </summary>
public abstract class InsightStoreContractTests(string provider) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private IInsightStore _store = null!;

    protected ProviderDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await ProviderDatabase.CreateAsync(provider);
        _store = NewStore();
    }

    public async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>A store on the same database through a new pool, as another process would open it.</summary>
    protected IInsightStore NewStore() => Database.Create<IInsightStore>(sqlite => new SqliteInsightStore(sqlite), postgres => new PostgresInsightStore(postgres));

    protected static InsightEvent Event(DateTimeOffset at, string reason = InsightReason.NotFound, string question = "Un plombier à Angers ?", string user = "u1", string? answerKey = null) => new()
    {
        OccurredUtc = at,
        Reason = reason,
        ChannelId = "msteams",
        ConversationKind = "personal",
        Question = question,
        NormalizedQuestion = Knowledge.Understanding.TextNormalizer.Fold(question),
        AnswerKind = "out-of-scope",
        AnswerTitle = "Cette question sort du champ.",
        AnswerSources = ["action:B.6", "territory:cholet"],
        FeedbackText = reason == InsightReason.Disliked ? "Pas clair ; « vraiment »" : null,
        AnswerKey = answerKey,
        UserKey = user,
    };

    [SkippableFact]
    public async Task An_event_is_read_back_with_everything_recorded_by_another_process()
    {
        var recorded = Event(Start.AddTicks(1_234_560), InsightReason.Disliked, answerKey: "k1");

        Assert.True(await _store.AddAsync(recorded));

        var read = Assert.Single(await NewStore().ListAsync(Start));
        Assert.True(read.Id > 0);
        Assert.Equal(recorded with { Id = read.Id, AnswerSources = read.AnswerSources }, read);
        Assert.Equal(recorded.AnswerSources, read.AnswerSources);
    }

    [SkippableFact]
    public async Task A_user_dislikes_an_answer_once_but_several_users_and_other_events_all_count()
    {
        Assert.True(await _store.AddAsync(Event(Start, InsightReason.Disliked, user: "u1", answerKey: "a")));
        Assert.False(await _store.AddAsync(Event(Start.AddMinutes(1), InsightReason.Disliked, user: "u1", answerKey: "a")));
        Assert.True(await _store.AddAsync(Event(Start.AddMinutes(2), InsightReason.Disliked, user: "u2", answerKey: "a")));
        Assert.True(await _store.AddAsync(Event(Start.AddMinutes(3), user: "u1")));
        Assert.True(await _store.AddAsync(Event(Start.AddMinutes(4), user: "u1")));

        Assert.Equal(4, (await _store.ListAsync(Start)).Count);
    }

    [SkippableFact]
    public async Task Events_are_listed_oldest_first_from_the_given_time()
    {
        await _store.AddAsync(Event(Start.AddDays(2), question: "troisième"));
        await _store.AddAsync(Event(Start, question: "premier"));
        await _store.AddAsync(Event(Start.AddDays(1), question: "deuxième"));

        Assert.Equal(["premier", "deuxième", "troisième"], (await _store.ListAsync(Start)).Select(e => e.Question));
        Assert.Equal(["deuxième", "troisième"], (await _store.ListAsync(Start.AddDays(1))).Select(e => e.Question));
        Assert.Empty(await _store.ListAsync(Start.AddDays(3)));
    }

    [SkippableFact]
    public async Task A_sent_answer_is_found_by_its_key_and_replaced_by_a_second_one_with_the_same_key()
    {
        await _store.RememberAnswerAsync(new SentAnswer("k", Start, "Qui porte B.6 ?", "action", "Action B.6", ["action:B.6"], true));
        await _store.RememberAnswerAsync(new SentAnswer("k", Start.AddMinutes(1), "Et B.7 ?", "action", "Action B.7", ["action:B.7", "axis:B"], false));

        var found = await NewStore().FindAnswerAsync("k");

        Assert.NotNull(found);
        Assert.Equal(("Et B.7 ?", "Action B.7", false, Start.AddMinutes(1)), (found.Question, found.AnswerTitle, found.Found, found.SentUtc));
        Assert.Equal(["action:B.7", "axis:B"], found.AnswerSources);
        Assert.Null(await _store.FindAnswerAsync("other"));
    }

    [SkippableFact]
    public async Task The_purge_deletes_events_and_answers_older_than_the_limit_and_keeps_the_rest()
    {
        await _store.AddAsync(Event(Start, question: "vieux"));
        await _store.AddAsync(Event(Start.AddDays(10), question: "récent"));
        await _store.RememberAnswerAsync(new SentAnswer("old", Start, "q", "k", "t", [], true));
        await _store.RememberAnswerAsync(new SentAnswer("new", Start.AddDays(10), "q", "k", "t", [], true));

        Assert.Equal(2, await _store.PurgeAsync(Start.AddDays(5)));

        Assert.Equal(["récent"], (await _store.ListAsync(DateTimeOffset.MinValue.AddYears(2000))).Select(e => e.Question));
        Assert.Null(await _store.FindAnswerAsync("old"));
        Assert.NotNull(await _store.FindAnswerAsync("new"));
        Assert.Equal(0, await _store.PurgeAsync(Start.AddDays(5)));
    }
}

public sealed class SqliteInsightStoreTests() : InsightStoreContractTests(ProviderDatabase.Sqlite)
{
    [Fact]
    public async Task The_schema_is_versioned_in_the_shared_database()
    {
        await NewStore().AddAsync(Event(Start));

        Assert.Equal((long)InsightsSchema.Migrations.Count, Convert.ToInt64(await Database.ScalarAsync("SELECT MAX(version) FROM schema_migrations WHERE component = 'insights';")));
    }
}

public sealed class PostgresInsightStoreTests() : InsightStoreContractTests(ProviderDatabase.Postgres)
{
    [SkippableFact]
    public async Task The_schema_is_versioned_with_its_indexes()
    {
        await NewStore().AddAsync(Event(Start));

        Assert.Equal((long)InsightsSchema.PostgresMigrations.Count, Convert.ToInt64(await Database.ScalarAsync("SELECT MAX(version) FROM schema_migrations WHERE component = 'insights';")));
        Assert.Equal(
            "ix_insight_answers_sent,ix_insight_events_occurred,ux_insight_events_feedback",
            (string?)await Database.ScalarAsync("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE schemaname = current_schema() AND tablename LIKE 'insight_%' AND indexname NOT LIKE '%_pkey';"));
    }
}
