using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Storage;

public sealed class StoredNote : IStoreItem
{
    public string Title { get; set; } = "";

    public List<string> Tags { get; set; } = [];

    public Dictionary<string, int> Counts { get; set; } = [];

    public DateTimeOffset When { get; set; }

    public DayOfWeek Day { get; set; }

    public string? ETag { get; set; }
}

public sealed class Counter : IStoreItem
{
    public int Value { get; set; }

    public string? ETag { get; set; }
}

public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    private SqliteStorage NewStorage() => new(_file.Open());

    [Fact]
    public async Task A_typed_object_comes_back_with_its_type_and_all_its_values()
    {
        var storage = NewStorage();
        var note = new StoredNote
        {
            Title = "Réunion « reconditionnement » à Saumur",
            Tags = ["matériel", "groupe"],
            Counts = new() { ["présents"] = 12 },
            When = new DateTimeOffset(2026, 12, 3, 14, 30, 0, TimeSpan.FromHours(1)),
            Day = DayOfWeek.Thursday,
        };

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = note });
        var read = Assert.IsType<StoredNote>((await storage.ReadAsync(["note"]))["note"]);

        Assert.Equal(note.Title, read.Title);
        Assert.Equal(note.Tags, read.Tags);
        Assert.Equal(12, read.Counts["présents"]);
        Assert.Equal(note.When, read.When);
        Assert.Equal(DayOfWeek.Thursday, read.Day);
        Assert.False(string.IsNullOrEmpty(read.ETag));
    }

    [Fact]
    public async Task A_dictionary_of_state_comes_back_as_bot_state_wrote_it()
    {
        var storage = NewStorage();
        var state = new Dictionary<string, object>
        {
            ["text"] = "2026-12-03T14:00:00",
            ["number"] = 42,
            ["flag"] = true,
            ["list"] = new List<string> { "a", "b" },
            ["nested"] = new Dictionary<string, object?> { ["note"] = new Counter { Value = 7 }, ["nothing"] = null },
        };

        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = state });
        var read = Assert.IsType<Dictionary<string, object>>((await storage.ReadAsync(["conv"]))["conv"]);

        Assert.Equal("2026-12-03T14:00:00", Assert.IsType<string>(read["text"]));
        Assert.Equal(42L, read["number"]);
        Assert.Equal(true, read["flag"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<string>>(read["list"]));
        var nested = Assert.IsType<Dictionary<string, object?>>(read["nested"]);
        Assert.Equal(7, Assert.IsType<Counter>(nested["note"]).Value);
        Assert.Null(nested["nothing"]);
    }

    [Fact]
    public async Task The_stored_json_is_what_memory_storage_keeps_for_the_same_value()
    {
        var memory = new Dictionary<string, JObject>();
        var value = new Dictionary<string, object> { ["list"] = new List<int> { 1, 2 }, ["text"] = "été" };
        await new MemoryStorage(memory).WriteAsync(new Dictionary<string, object> { ["k"] = value }, CancellationToken.None);
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["k"] = value });

        await using var connection = await _file.Open().OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT value FROM bot_state WHERE key = 'k';";
        var stored = JObject.Parse((string)(await query.ExecuteScalarAsync())!);

        Assert.True(JToken.DeepEquals(memory["k"], stored), $"memory: {memory["k"]}\nsqlite: {stored}");
    }

    [Fact]
    public async Task Keys_that_look_like_sql_are_only_data()
    {
        var storage = NewStorage();
        const string key = "msteams/conversations/a'); DROP TABLE bot_state;--/";

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Counter { Value = 1 } });
        var read = await storage.ReadAsync([key, "missing"]);

        Assert.Equal(1, Assert.IsType<Counter>(read[key]).Value);
        Assert.False(read.ContainsKey("missing"));
    }

    [Fact]
    public async Task Many_keys_are_written_read_and_deleted_in_one_call()
    {
        var storage = NewStorage();
        var keys = Enumerable.Range(0, 1_234).Select(i => $"user/{i}").ToArray();

        await storage.WriteAsync(keys.ToDictionary(k => k, k => (object)new Counter { Value = k.Length }));
        var read = await storage.ReadAsync(keys);
        Assert.Equal(keys.Length, read.Count);
        Assert.All(keys, k => Assert.Equal(k.Length, ((Counter)read[k]).Value));

        await storage.DeleteAsync(keys[..1_000]);
        Assert.Equal(234, (await storage.ReadAsync(keys)).Count);
    }

    [Fact]
    public async Task A_new_instance_on_the_same_file_reads_what_the_previous_one_wrote()
    {
        await NewStorage().WriteAsync(new Dictionary<string, object> { ["conv"] = new Counter { Value = 3 } });

        var read = await NewStorage().ReadAsync(["conv"]);

        Assert.Equal(3, Assert.IsType<Counter>(read["conv"]).Value);
    }

    [Fact]
    public async Task A_batch_with_a_conflict_writes_nothing()
    {
        var storage = NewStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["b"] = new Counter { Value = 1 } });

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new Counter { Value = 1 },
            ["b"] = new Counter { Value = 2, ETag = "stale" },
        }));

        var read = await storage.ReadAsync(["a", "b"]);
        Assert.False(read.ContainsKey("a"));
        Assert.Equal(1, ((Counter)read["b"]).Value);
    }

    [Fact]
    public async Task Concurrent_writers_with_etags_lose_no_update()
    {
        // Two "processes" (storage instances) and several threads each: read, increment, write with the ETag read,
        // start again on a conflict. Every increment must land exactly once.
        var storages = new[] { NewStorage(), NewStorage() };
        await storages[0].WriteAsync(new Dictionary<string, object> { ["counter"] = new Counter() });
        const int writers = 6, increments = 15;
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var storage = storages[w % 2];
            for (var i = 0; i < increments; i++)
            {
                while (true)
                {
                    var counter = (Counter)(await storage.ReadAsync(["counter"]))["counter"];
                    counter.Value++;
                    try
                    {
                        await storage.WriteAsync(new Dictionary<string, object> { ["counter"] = counter });
                        break;
                    }
                    catch (ArgumentException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        var final = (Counter)(await NewStorage().ReadAsync(["counter"]))["counter"];
        Assert.Equal(writers * increments, final.Value);
    }
}
