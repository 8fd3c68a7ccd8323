using System.Diagnostics;
using System.Globalization;
using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Measures the notes on a real database (a SQLite file in WAL, as deployed, or PostgreSQL): saving one note (durable
/// when it returns), concurrent saves from many conversations, a page of a group, a duplicate submission, exporting a
/// whole group, and a turn's claim (claim then done). Run with <c>notes bench</c> (<c>--postgres</c> for the server);
/// the numbers depend on the disk, so compare runs on the same machine.
/// </summary>
public sealed class NotesBenchmark(INoteStore store, ITurnClaimStore claims, string databaseDescription, int notes = 2_000, int writers = 8)
{
    private static readonly WorkingGroup Group = new("group:benchmark", "Groupe de mesure");

    /// <summary>The stores on a SQLite file (WAL).</summary>
    public static NotesBenchmark OnSqlite(string databasePath, int notes = 2_000, int writers = 8)
    {
        var database = new SqliteDatabase(databasePath, "wal");
        return new(
            new SqliteNoteStore(database, TimeProvider.System, NullLogger<SqliteNoteStore>.Instance),
            new SqliteTurnClaimStore(database, Options.Create(new DeduplicationOptions()), TimeProvider.System),
            $"SQLite {databasePath}",
            notes,
            writers);
    }

    /// <summary>The stores on PostgreSQL (the caller's database and schema).</summary>
    public static NotesBenchmark OnPostgres(PostgresDatabase database, int notes = 2_000, int writers = 8) => new(
        new PostgresNoteStore(database, TimeProvider.System, NullLogger<PostgresNoteStore>.Instance),
        new PostgresTurnClaimStore(database, Options.Create(new DeduplicationOptions()), TimeProvider.System),
        $"PostgreSQL {database.Description}",
        notes,
        writers);

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var author = new NoteUser("msteams", "29:bench", Guid.NewGuid().ToString(), "Mesure");
        var text = string.Concat(Enumerable.Repeat("Compte rendu ; points, décisions « et » suites. ", 10));

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Notes benchmark on {databaseDescription}: {notes} notes of {text.Length} characters"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"operation",-40}{"p50 ms",10}{"p99 ms",10}{"max ms",10}"));

        // Warm-up: schema, JIT, connection pool.
        await store.AddAsync(Draft(author, text, "warm-up"), "warm-up", cancellationToken);

        var sequential = notes / 2;
        await MeasureAsync(output, "save one note (sequential)", sequential, i =>
            store.AddAsync(Draft(author, text, "conv-seq"), $"seq-{i}", cancellationToken));

        var concurrent = notes - sequential;
        var clock = Stopwatch.StartNew();
        var perWriter = (concurrent + writers - 1) / writers;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = w * perWriter; i < Math.Min(concurrent, (w + 1) * perWriter); i++)
            {
                await store.AddAsync(Draft(author, text, $"conv-{w}"), $"par-{i}", cancellationToken);
            }
        }, cancellationToken)));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{$"save, {writers} concurrent writers",-40}{concurrent / clock.Elapsed.TotalSeconds,10:F0} notes/s ({concurrent} in {clock.Elapsed.TotalMilliseconds:F0} ms)"));

        await MeasureAsync(output, "same submission again (idempotent)", 500, i =>
            store.AddAsync(Draft(author, text, "conv-seq"), $"seq-{i % sequential}", cancellationToken));
        await MeasureAsync(output, "first page of the group (10 of all)", 500, _ =>
            store.ListByGroupAsync(Group.Id, 1, 10, cancellationToken));
        await MeasureAsync(output, "last page of the group", 200, _ =>
            store.ListByGroupAsync(Group.Id, Math.Max(1, notes / 10), 10, cancellationToken));
        await MeasureAsync(output, "my notes, first page (author of all)", 500, _ =>
            store.ListByAuthorAsync(author, 1, 10, cancellationToken));

        var all = await store.ListAllByGroupAsync(Group.Id, cancellationToken);
        await MeasureAsync(output, $"read all {all.Count} notes of the group", 20, _ => store.ListAllByGroupAsync(Group.Id, cancellationToken));
        await MeasureAsync(output, $"CSV export of {all.Count} notes", 20, _ => NotesCsvExporter.ToBytesAsync(Group, all, cancellationToken));
        await MeasureAsync(output, $"Markdown export of {all.Count} notes", 20, _ => Task.FromResult(NotesMarkdownExporter.ToBytes(Group, all)));
        await MeasureAsync(output, "claim a turn, then mark it done", 500, async i =>
        {
            var claim = await claims.TryClaimAsync($"bench|conv|{Guid.NewGuid():N}", cancellationToken);
            await claims.CompleteAsync(claim, cancellationToken);
            return claim;
        });
    }

    private static NoteDraft Draft(NoteUser author, string text, string conversation) => new(Group.Id, text, null, author, conversation);

    private static async Task MeasureAsync<T>(TextWriter output, string name, int calls, Func<int, Task<T>> work)
    {
        var times = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var clock = Stopwatch.StartNew();
            await work(i);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-40}{times[calls / 2],10:F2}{times[Math.Min(calls - 1, calls * 99 / 100)],10:F2}{times[^1],10:F2}"));
    }
}
