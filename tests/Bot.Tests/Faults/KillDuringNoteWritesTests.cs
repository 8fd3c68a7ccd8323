using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Mednum49.Bot.Tests.Support;
using Xunit.Abstractions;
using static Mednum49.Bot.Tests.Faults.FaultTestSupport;

namespace Mednum49.Bot.Tests.Faults;

/// <summary>
/// kill -9 of the real bot process while concurrent writers submit notes, then a restart on the same database and the
/// redelivery of every post that got no success (twice at once, as a retrying channel may): every note is saved
/// exactly once and every post is answered — a turn killed after its save and before its answer is answered by the
/// redelivery (its claim was only <em>in progress</em> and lapsed) with the note already saved.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class KillDuringNoteWritesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Writers = 8;
    private const int PostsPerWriter = 25;
    private const int KillAfterAnswers = 40;
    private const int MaxRedeliveries = 60;

    private CaptureServer _channel = null!;

    public async Task InitializeAsync() => _channel = await CaptureServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [SkippableTheory]
    [InlineData(ProviderDatabase.Sqlite)]
    [InlineData(ProviderDatabase.Postgres)]
    public async Task Killed_under_concurrent_note_writers_and_redelivered_every_note_is_saved_once_and_every_post_answered(string provider)
    {
        await using var database = await ProviderDatabase.CreateAsync(provider);
        // A short lease, so the killed process's in-progress claims lapse within the test, yet longer than a turn of a
        // freshly started process on a busy machine (a concurrent copy must find its twin's claim still in progress).
        var settings = new Dictionary<string, string?>(database.Settings) { ["Deduplication:InProgressLease"] = "00:00:10" };
        var sent = new ConcurrentDictionary<string, JsonObject>();
        var unanswered = new ConcurrentDictionary<string, JsonObject>();
        var answered = 0;

        await using (var first = await BotProcess.StartAsync(settings))
        {
            var killed = 0;
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; i < PostsPerWriter && Volatile.Read(ref killed) == 0; i++)
                {
                    var id = $"kill-{w}-{i}";
                    var post = FormSubmission(_channel.ServiceUrl, $"kill-conv-{w}", id, $"form-{w}-{i}", $"Note {w}-{i} écrite pendant la panne");
                    sent[id] = post;
                    if (!await TryPostAsync(first.Client, post))
                    {
                        unanswered[id] = post;
                        return;
                    }

                    if (Interlocked.Increment(ref answered) == KillAfterAnswers && Interlocked.Exchange(ref killed, 1) == 0)
                    {
                        first.Kill();
                    }
                }
            })));
        }

        var notes = NoteStore(database);
        var savedButUnconfirmed = 0;
        foreach (var post in unanswered.Values)
        {
            if ((await notes.ListAllByGroupAsync(Group)).Any(n => n.Text == (string?)post["value"]!["text"]))
            {
                savedButUnconfirmed++;
            }
        }

        var skippedWhileInProgress = 0;
        var answeredTwice = 0;
        var answeredBeforeDying = 0;
        await using (var second = await BotProcess.StartAsync(settings))
        {
            await Task.WhenAll(unanswered.Select(async pair =>
            {
                var (id, post) = (pair.Key, pair.Value);
                if (Answers(_channel, id) > 0)
                {
                    // The killed process answered, then died before the POST's response: the channel still retries.
                    // Its claim is done (skipped) or, killed before that, lapses and the retry answers again.
                    Interlocked.Increment(ref answeredBeforeDying);
                    Assert.All(await Task.WhenAll(TryPostAsync(second.Client, post), TryPostAsync(second.Client, post)), Assert.True);
                    return;
                }

                for (var attempt = 1; attempt <= MaxRedeliveries; attempt++)
                {
                    var before = Answers(_channel, id);
                    var outcomes = await Task.WhenAll(TryPostAsync(second.Client, post), TryPostAsync(second.Client, post));
                    Assert.All(outcomes, Assert.True);
                    var added = Answers(_channel, id) - before;
                    if (added > 0)
                    {
                        // Two copies at once: one is handled, the other skipped.
                        if (added > 1)
                        {
                            output.WriteLine($"{id} answered {added} times: " + string.Join(" | ", _channel.All.Where(c => c.ReplyToId == id).Select(c => (string?)c.Body["text"] ?? (string?)c.Body["summary"] ?? "(card)")) + "\n" + second.Log);
                            Interlocked.Increment(ref answeredTwice);
                        }

                        return;
                    }

                    // Still claimed by the killed process: the channel retries a bit later, as Teams does.
                    Interlocked.Increment(ref skippedWhileInProgress);
                    await Task.Delay(500);
                }

                Assert.Fail($"Activity {id} was never answered after {MaxRedeliveries} redeliveries.");
            }));
        }

        var saved = await notes.ListAllByGroupAsync(Group);
        var texts = saved.Select(n => n.Text).ToList();
        output.WriteLine($"{provider}: {sent.Count} posts by {Writers} writers, killed after {KillAfterAnswers} answers; {unanswered.Count} unanswered, " +
            $"of which {savedButUnconfirmed} saved and {answeredBeforeDying} answered before the kill; redelivered twice at once: {skippedWhileInProgress} rounds skipped while the dead claim was in progress; " +
            $"{saved.Count} notes, {texts.Count - texts.Distinct().Count()} duplicated, {sent.Keys.Count(id => Answers(_channel, id) == 0)} posts never answered");

        Assert.True(unanswered.Count > 0, "The kill interrupted no post: the test proved nothing.");
        Assert.Equal(0, answeredTwice);
        Assert.Equal(sent.Count, saved.Count);
        Assert.Equal(
            sent.Values.Select(p => (string)p["value"]!["text"]!).Order(StringComparer.Ordinal),
            texts.Order(StringComparer.Ordinal));
        Assert.All(sent.Keys, id => Assert.True(Answers(_channel, id) >= 1, $"{id} was never answered"));
    }
}
