using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Storage;

/// <summary>
/// The same scenarios against the SDK's MemoryStorage (the unit-test storage) and our SqliteStorage and
/// PostgresStorage (the bot's): all must behave alike, or tests on one would prove nothing about the others.
/// </summary>
public sealed class StorageContractTests : IAsyncLifetime
{
    private readonly List<ProviderDatabase> _databases = [];

    public static TheoryData<string> Storages => ["memory", ProviderDatabase.Sqlite, ProviderDatabase.Postgres];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    private async Task<IStorage> CreateAsync(string kind)
    {
        if (kind == "memory")
        {
            return new MemoryStorage();
        }

        var database = await ProviderDatabase.CreateAsync(kind);
        _databases.Add(database);
        return database.Create<IStorage>(sqlite => new SqliteStorage(sqlite), postgres => new PostgresStorage(postgres));
    }

    private static Task WriteAsync(IStorage storage, string key, object value) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = value }, CancellationToken.None);

    private static async Task<T?> ReadAsync<T>(IStorage storage, string key) =>
        (await storage.ReadAsync([key], CancellationToken.None)).TryGetValue(key, out var value) ? (T)value : default;

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task Each_write_of_an_item_gives_it_a_new_etag(string kind)
    {
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "k", new Counter { Value = 1 });
        var first = await ReadAsync<Counter>(storage, "k");

        first!.Value = 2;
        await WriteAsync(storage, "k", first);
        var second = await ReadAsync<Counter>(storage, "k");

        Assert.Equal(2, second!.Value);
        Assert.NotNull(first.ETag);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task A_stale_etag_is_refused_with_an_etag_conflict_and_the_stored_value_is_kept(string kind)
    {
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "k", new Counter { Value = 1 });
        var stale = await ReadAsync<Counter>(storage, "k");
        var fresh = await ReadAsync<Counter>(storage, "k");
        fresh!.Value = 2;
        await WriteAsync(storage, "k", fresh);

        stale!.Value = 99;
        var conflict = await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(storage, "k", stale));

        Assert.StartsWith("Etag conflict.", conflict.Message);
        Assert.Equal(2, (await ReadAsync<Counter>(storage, "k"))!.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task The_wildcard_etag_always_writes(string kind)
    {
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "k", new Counter { Value = 1 });

        await WriteAsync(storage, "k", new Counter { Value = 5, ETag = "*" });

        Assert.Equal(5, (await ReadAsync<Counter>(storage, "k"))!.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task An_item_without_etag_creates_but_does_not_overwrite_an_item(string kind)
    {
        // MemoryStorage 4.23.1 treats a missing ETag as "expect nothing there": a blind overwrite is a conflict.
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "k", new Counter { Value = 1 });

        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(storage, "k", new Counter { Value = 2 }));
        Assert.Equal(1, (await ReadAsync<Counter>(storage, "k"))!.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task A_json_object_is_last_write_wins_whatever_its_etag_says(string kind)
    {
        // MemoryStorage 4.23.1 checks and stamps ETags on IStoreItem values only.
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "k", JObject.FromObject(new { Value = 1, ETag = "*" }));

        await WriteAsync(storage, "k", JObject.FromObject(new { Value = 2, ETag = "wrong" }));

        var read = (await ReadAsync<JObject>(storage, "k"))!;
        Assert.Equal(2, (int)read["Value"]!);
        Assert.Equal("wrong", (string?)read["ETag"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task Plain_state_is_last_write_wins(string kind)
    {
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "conv", new Dictionary<string, object> { ["step"] = 1 });
        await WriteAsync(storage, "conv", new Dictionary<string, object> { ["step"] = 2 });

        // MemoryStorage gives the int back, a JSON store a long: compare numbers, not types.
        Assert.Equal(2L, Convert.ToInt64((await ReadAsync<Dictionary<string, object>>(storage, "conv"))!["step"]));
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task Deleted_and_missing_keys_are_absent_from_a_read(string kind)
    {
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "a", new Counter { Value = 1 });
        await WriteAsync(storage, "b", new Counter { Value = 2 });

        await storage.DeleteAsync(["a", "never-written"], CancellationToken.None);
        var read = await storage.ReadAsync(["a", "b", "c"], CancellationToken.None);

        Assert.Equal(["b"], read.Keys);
        // After a delete the key is new again: an item without ETag may be written.
        await WriteAsync(storage, "a", new Counter { Value = 3 });
        Assert.Equal(3, (await ReadAsync<Counter>(storage, "a"))!.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task Conversation_state_saved_through_bot_state_is_read_back_in_a_later_turn(string kind)
    {
        var storage = await CreateAsync(kind);
        var state = new ConversationState(storage);
        var welcomed = state.CreateProperty<bool>("welcomed");
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();

        await new Microsoft.Bot.Builder.Adapters.TestFlow(adapter, async (turn, ct) =>
            {
                var already = await welcomed.GetAsync(turn, () => false, ct);
                await turn.SendActivityAsync(already ? "déjà accueilli" : "bienvenue", cancellationToken: ct);
                await welcomed.SetAsync(turn, true, ct);
                await state.SaveChangesAsync(turn, cancellationToken: ct);
            })
            .Send("bonjour").AssertReply("bienvenue")
            .Send("re").AssertReply("déjà accueilli")
            .StartTestAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task A_batch_with_one_conflict_writes_nothing(string kind)
    {
        // MemoryStorage stops midway through a batch: only the databases promise all or nothing.
        Skip.If(kind == "memory", "MemoryStorage writes a batch item by item");
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "taken", new Counter { Value = 1 });

        var batch = new Dictionary<string, object> { ["fresh"] = new Counter { Value = 2 }, ["taken"] = new Counter { Value = 3 } };
        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(batch, CancellationToken.None));

        var read = await storage.ReadAsync(["fresh", "taken"], CancellationToken.None);
        Assert.Equal(["taken"], read.Keys);
        Assert.Equal(1, ((Counter)read["taken"]).Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Storages))]
    public async Task Concurrent_writers_with_the_same_etag_have_exactly_one_winner(string kind)
    {
        var storage = await CreateAsync(kind);
        await WriteAsync(storage, "k", new Counter { Value = 0 });
        var read = (await ReadAsync<Counter>(storage, "k"))!;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await WriteAsync(storage, "k", new Counter { Value = i, ETag = read.ETag });
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
    }
}
