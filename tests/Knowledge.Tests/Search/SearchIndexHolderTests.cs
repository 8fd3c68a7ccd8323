using Mednum49.Knowledge.Search;

namespace Mednum49.Knowledge.Tests.Search;

public sealed class SearchIndexHolderTests
{
    [Fact]
    public void Replacing_the_index_serves_the_new_documents_and_frees_the_old_index()
    {
        var before = SearchIndex.Build([new("old", "topic", "Médiation numérique", "Ancienne fiche.")]);
        using var holder = new SearchIndexHolder(before);
        Assert.Equal("old", holder.Search("médiation", 5).Single().Id);

        holder.Replace(SearchIndex.Build([new("new", "topic", "Médiation numérique", "Nouvelle fiche.")]));

        Assert.Equal("new", holder.Search("médiation", 5).Single().Id);
        Assert.Throws<ObjectDisposedException>(() => before.Search("médiation", 5));
    }

    [Fact]
    public async Task Searches_running_while_the_index_is_replaced_all_get_an_answer()
    {
        using var holder = new SearchIndexHolder(Build(0));
        var failures = 0;
        var answered = 0;
        using var stop = new CancellationTokenSource();

        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var hit = holder.Search("médiation numérique", 1).Single();
                    Assert.StartsWith("generation-", hit.Id, StringComparison.Ordinal);
                    Interlocked.Increment(ref answered);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        // Replace while the searches run: wait for them to start, and for more answers after each swap.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref answered) > 0, TimeSpan.FromSeconds(30)));
        for (var generation = 1; generation <= 20; generation++)
        {
            holder.Replace(Build(generation));
            var seen = Volatile.Read(ref answered);
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref answered) > seen, TimeSpan.FromSeconds(30)));
        }

        stop.Cancel();
        await Task.WhenAll(searchers);

        Assert.Equal(0, failures);
        Assert.Equal("generation-20", holder.Search("médiation", 1).Single().Id);
    }

    private static SearchIndex Build(int generation) =>
        SearchIndex.Build([new($"generation-{generation}", "topic", "Médiation numérique", $"Version {generation} de la fiche.")]);
}
