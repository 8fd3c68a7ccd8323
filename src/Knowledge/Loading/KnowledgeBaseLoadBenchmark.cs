using System.Diagnostics;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// Measures how long loading, validating and indexing a knowledge-base folder takes: the first load of the process
/// (what a bot pays at start, JIT included) and the median of the following ones (what a reload costs).
/// </summary>
public static class KnowledgeBaseLoadBenchmark
{
    public static KnowledgeBaseLoadTimings Measure(string folder, int runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 2);
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var result = KnowledgeBaseLoader.Load(folder);
            times.Add(clock.Elapsed);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"The knowledge base in {folder} is invalid: run validate first.");
            }
        }

        var warm = times.Skip(1).Order().ToList();
        return new KnowledgeBaseLoadTimings(runs, times[0], warm[warm.Count / 2], warm[0]);
    }
}

public sealed record KnowledgeBaseLoadTimings(int Runs, TimeSpan First, TimeSpan Median, TimeSpan Fastest);
