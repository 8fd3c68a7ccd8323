using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mednum49.Bot.Tests.Insights;

/// <summary><c>Insights:RetentionDays</c>, enforced by the purge service on a real SQLite store.</summary>
public sealed class InsightsPurgeTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _file = new();
    private readonly SqliteInsightStore _store;

    public InsightsPurgeTests() => _store = new SqliteInsightStore(_file.Open());

    public void Dispose() => _file.Dispose();

    private static InsightEvent Event(DateTimeOffset at, string question) => new()
    {
        OccurredUtc = at,
        Reason = InsightReason.NotFound,
        ChannelId = "msteams",
        ConversationKind = "personal",
        Question = question,
        NormalizedQuestion = question,
        UserKey = "u",
    };

    private InsightsPurgeService Service(TimeProvider clock, int days = 90) =>
        new(_store, Options.Create(new InsightsOptions { RetentionDays = days }), clock, NullLogger<InsightsPurgeService>.Instance);

    private async Task<IReadOnlyList<string>> QuestionsAsync() => [.. (await _store.ListAsync(DateTimeOffset.UnixEpoch)).Select(e => e.Question)];

    [Fact]
    public async Task One_purge_deletes_exactly_what_is_older_than_the_retention_period()
    {
        await _store.AddAsync(Event(Start, "91 jours"));
        await _store.AddAsync(Event(Start.AddDays(1).AddSeconds(1), "presque 90 jours"));
        await _store.RememberAnswerAsync(new SentAnswer("old", Start, "q", "k", "t", [], true));

        var deleted = await Service(new ManualClock(Start.AddDays(91)), days: 90).PurgeOnceAsync();

        Assert.Equal(2, deleted);
        Assert.Equal(["presque 90 jours"], await QuestionsAsync());
        Assert.Null(await _store.FindAnswerAsync("old"));
    }

    [Fact]
    public async Task The_service_purges_when_the_host_starts_and_again_every_interval()
    {
        var clock = new FakeTimeProvider(Start);
        await _store.AddAsync(Event(Start.AddDays(-31), "trop vieux au démarrage"));
        await _store.AddAsync(Event(Start.AddDays(-29).AddHours(-1), "trop vieux un jour plus tard"));
        await _store.AddAsync(Event(Start, "récent"));
        using var service = Service(clock, days: 30);

        await service.StartAsync(CancellationToken.None);
        await WaitForAsync(async () => (await QuestionsAsync()).Count == 2);
        Assert.Equal(["trop vieux un jour plus tard", "récent"], await QuestionsAsync());

        // Interval after interval, about a day later a round finds the second event past the limit. (One interval at
        // a time, waiting a little each time: an advance made before the service waits again is not lost, only late.)
        var advanced = TimeSpan.Zero;
        while ((await QuestionsAsync()).Count == 2 && advanced < TimeSpan.FromDays(3))
        {
            clock.Advance(InsightsPurgeService.Interval);
            advanced += InsightsPurgeService.Interval;
            await WaitForAsync(async () => (await QuestionsAsync()).Count == 1, rounds: 30);
        }

        Assert.Equal(["récent"], await QuestionsAsync());
        Assert.InRange(advanced, TimeSpan.FromHours(23), TimeSpan.FromDays(3));
        await service.StopAsync(CancellationToken.None);
    }

    // The service runs on its own task: wait (bounded) for its effect, not for a time.
    private static async Task WaitForAsync(Func<Task<bool>> condition, int rounds = 500)
    {
        for (var i = 0; i < rounds && !await condition(); i++)
        {
            await Task.Delay(10);
        }
    }
}
