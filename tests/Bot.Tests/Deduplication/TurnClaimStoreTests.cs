using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Tests.Deduplication;

/// <summary>The SQLite and PostgreSQL stores (the bot's) and the in-memory one (unit tests') keep the same promises.</summary>
public sealed class TurnClaimStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private ProviderDatabase? _database;
    private InMemoryTurnClaimStore? _memory;

    public static TheoryData<string> Stores => ["memory", ProviderDatabase.Sqlite, ProviderDatabase.Postgres];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>A store on the test's database; each call is another process on the same database (memory: the same store).</summary>
    private async Task<ITurnClaimStore> CreateAsync(string kind)
    {
        if (kind == "memory")
        {
            return _memory ??= new InMemoryTurnClaimStore(_clock, Retention, Lease);
        }

        _database ??= await ProviderDatabase.CreateAsync(kind);
        var options = Options.Create(new DeduplicationOptions { Retention = Retention, InProgressLease = Lease });
        return _database.Create<ITurnClaimStore>(
            sqlite => new SqliteTurnClaimStore(sqlite, options, _clock),
            postgres => new PostgresTurnClaimStore(postgres, options, _clock));
    }

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public async Task Only_the_first_claim_of_a_key_wins_and_a_retry_sees_it_in_progress(string kind)
    {
        var store = await CreateAsync(kind);

        var first = await store.TryClaimAsync("msteams|c1|1");
        var retry = await store.TryClaimAsync("msteams|c1|1");
        var other = await store.TryClaimAsync("msteams|c1|2");

        Assert.True(first.Won);
        Assert.NotNull(first.Token);
        Assert.Equal(TurnClaimStatus.InProgress, retry.Status);
        Assert.True(other.Won);
    }

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public async Task A_completed_claim_is_done_for_the_retention_period(string kind)
    {
        var store = await CreateAsync(kind);
        var claim = await store.TryClaimAsync("k");

        await store.CompleteAsync(claim);
        _clock.Advance(TimeSpan.FromHours(23));

        Assert.Equal(TurnClaimStatus.Done, (await store.TryClaimAsync("k")).Status);
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.True((await store.TryClaimAsync("k")).Won);
    }

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public async Task A_released_claim_lets_the_next_delivery_run(string kind)
    {
        var store = await CreateAsync(kind);
        var failed = await store.TryClaimAsync("k");

        await store.ReleaseAsync(failed);
        var retry = await store.TryClaimAsync("k");

        Assert.True(retry.Won);
        Assert.NotEqual(failed.Token, retry.Token);
    }

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public async Task An_in_progress_claim_never_settled_lapses_after_the_lease(string kind)
    {
        // The process holding it was killed mid-turn: after the lease, a redelivery is processed.
        var store = await CreateAsync(kind);
        var dead = await store.TryClaimAsync("k");

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(TurnClaimStatus.InProgress, (await store.TryClaimAsync("k")).Status);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var takeover = await store.TryClaimAsync("k");

        Assert.True(takeover.Won);
        // The dead holder's late settling changes nothing: only the holder's token counts.
        await store.ReleaseAsync(dead);
        Assert.Equal(TurnClaimStatus.InProgress, (await store.TryClaimAsync("k")).Status);
        await store.CompleteAsync(dead);
        await store.CompleteAsync(takeover);
        Assert.Equal(TurnClaimStatus.Done, (await store.TryClaimAsync("k")).Status);
    }

    [SkippableTheory]
    [MemberData(nameof(Stores))]
    public async Task Pruning_forgets_done_claims_past_the_retention_and_dead_ones_past_the_lease(string kind)
    {
        var store = await CreateAsync(kind);
        await store.CompleteAsync(await store.TryClaimAsync("old-done"));
        _clock.Advance(TimeSpan.FromHours(12));
        await store.CompleteAsync(await store.TryClaimAsync("recent-done"));
        await store.TryClaimAsync("dead");

        _clock.Advance(TimeSpan.FromHours(13));
        Assert.Equal(2, await store.PruneAsync());

        Assert.True((await store.TryClaimAsync("old-done")).Won);
        Assert.True((await store.TryClaimAsync("dead")).Won);
        Assert.Equal(TurnClaimStatus.Done, (await store.TryClaimAsync("recent-done")).Status);
    }

    [SkippableTheory]
    [InlineData(ProviderDatabase.Sqlite)]
    [InlineData(ProviderDatabase.Postgres)]
    public async Task Simultaneous_claims_from_two_processes_have_exactly_one_winner(string kind)
    {
        var stores = new[] { await CreateAsync(kind), await CreateAsync(kind) };
        await stores[0].TryClaimAsync("warm-up");
        await stores[1].TryClaimAsync("warm-up");

        for (var round = 0; round < 5; round++)
        {
            var key = $"msteams|c1|{round}";
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].TryClaimAsync(key))));
            Assert.Equal(1, results.Count(claim => claim.Won));
        }
    }

    [SkippableTheory]
    [InlineData(ProviderDatabase.Sqlite)]
    [InlineData(ProviderDatabase.Postgres)]
    public async Task The_database_stores_prune_lapsed_claims_by_themselves_as_they_go(string kind)
    {
        var store = await CreateAsync(kind);
        await store.CompleteAsync(await store.TryClaimAsync("old"));

        _clock.Advance(TimeSpan.FromDays(2));
        await store.TryClaimAsync("new");

        Assert.Equal(0L, Convert.ToInt64(await _database!.ScalarAsync("SELECT COUNT(*) FROM turn_claims WHERE key <> 'new';")));
        Assert.Equal(1L, Convert.ToInt64(await _database.ScalarAsync("SELECT COUNT(*) FROM turn_claims WHERE key = 'new';")));
    }
}
