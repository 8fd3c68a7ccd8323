using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Tests.Deduplication;

/// <summary>The SQLite store (the bot's) and the in-memory one (unit tests') keep the same promises.</summary>
public sealed class TurnClaimStoreTests : IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Stores => ["memory", "sqlite"];

    public void Dispose() => _file.Dispose();

    private ITurnClaimStore Create(string kind) => kind == "memory"
        ? new InMemoryTurnClaimStore(_clock, TimeSpan.FromDays(1))
        : new SqliteTurnClaimStore(_file.Open(), Options.Create(new DeduplicationOptions { Retention = TimeSpan.FromDays(1) }), _clock);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Only_the_first_claim_of_a_key_wins(string kind)
    {
        var store = Create(kind);

        Assert.True(await store.TryClaimAsync("msteams|c1|1"));
        Assert.False(await store.TryClaimAsync("msteams|c1|1"));
        Assert.True(await store.TryClaimAsync("msteams|c1|2"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_claim_is_forgotten_after_the_retention_period(string kind)
    {
        var store = Create(kind);
        await store.TryClaimAsync("old");
        _clock.Advance(TimeSpan.FromHours(12));
        await store.TryClaimAsync("recent");

        _clock.Advance(TimeSpan.FromHours(13));
        Assert.Equal(1, await store.PruneAsync());

        Assert.True(await store.TryClaimAsync("old"));
        Assert.False(await store.TryClaimAsync("recent"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_expired_claim_not_yet_pruned_can_be_claimed_again(string kind)
    {
        var store = Create(kind);
        await store.TryClaimAsync("k");

        _clock.Advance(TimeSpan.FromDays(2));

        Assert.True(await store.TryClaimAsync("k"));
        Assert.False(await store.TryClaimAsync("k"));
    }

    [Fact]
    public async Task Simultaneous_claims_from_two_processes_have_exactly_one_winner()
    {
        var stores = new[] { Create("sqlite"), Create("sqlite") };
        await stores[0].TryClaimAsync("warm-up");

        for (var round = 0; round < 5; round++)
        {
            var key = $"msteams|c1|{round}";
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].TryClaimAsync(key))));
            Assert.Equal(1, results.Count(won => won));
        }
    }

    [Fact]
    public async Task The_sqlite_store_prunes_old_claims_by_itself_as_it_goes()
    {
        var store = Create("sqlite");
        await store.TryClaimAsync("old");

        _clock.Advance(TimeSpan.FromDays(2));
        await store.TryClaimAsync("new");

        await using var connection = await _file.Open().OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT group_concat(key) FROM turn_claims;";
        Assert.Equal("new", (string?)await count.ExecuteScalarAsync());
    }
}
