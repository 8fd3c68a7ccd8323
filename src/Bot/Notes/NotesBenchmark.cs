using System.Diagnostics;
using System.Globalization;
using Mednum49.Bot.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Measures the notes on a real SQLite file (WAL, as deployed): saving one note (durable when it returns), concurrent
/// saves from many conversations, a page of a group, a duplicate submission, and exporting a whole group. Run with
/// <c>notes bench</c>; the numbers depend on the disk, so compare runs on the same machine.
/// </summary>
public sealed class NotesBenchmark(string databasePath, int notes = 2_000, int writers = 8)
{
    private static readonly WorkingGroup Group = new("group:benchmark", "Groupe de mesure");

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var store = new SqliteNoteStore(new SqliteDatabase(databasePath), TimeProvider.System, NullLogger<SqliteNoteStore>.Instance);
        var author = new NoteUser("msteams", "29:bench", Guid.NewGuid().ToString(), "Mesure");
        var text = string.Concat(Enumerable.Repeat("Compte rendu ; points, décisions « et » suites. ", 10));

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Notes benchmark on {databasePath}: {notes} notes of {text.Length} characters"));
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
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"database file: {new FileInfo(databasePath).Length / 1024} KiB"));
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
