using System.Diagnostics;
using System.Globalization;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace Mednum49.Knowledge.Benchmarks;

/// <summary>
/// Measures the orientation engine as the bot runs it: loading the knowledge base, building the gazetteer and the
/// full-text index (cold, in this process, then warm), and answering questions — warm-up first, then several timed
/// passes over every question, reported as p50/p99/max per question and the slowest question's median.
/// Single-threaded; run a Release build.
/// </summary>
/// <param name="dataPath">The knowledge-base folder.</param>
/// <param name="questions">The questions to time (e.g. the project's and the dev set's).</param>
/// <param name="passes">Timed passes over all the questions.</param>
/// <param name="placesPath">Open-data places to load with the base (<c>bench --places N</c> generates them), if any.</param>
/// <param name="conversations">The sets' conversations (<see cref="ReadTurns"/>): timed turn by turn, each with its own context.</param>
public sealed class AnswerEngineBenchmark(string dataPath, IReadOnlyList<string> questions, int passes = 50, string? placesPath = null,
    IReadOnlyList<(string Conversation, string Question)>? conversations = null)
{
    /// <summary>The questions of one or more YAML question files (<c>cases: - q: …</c>, the evaluation format).</summary>
    public static IReadOnlyList<string> ReadQuestions(IEnumerable<string> files) =>
        [.. Cases(files).Select(c => Text(c.Case, "q")).OfType<string>()];

    /// <summary>The turns of the conversations of YAML question files: cases with a <c>conv</c>, in order (the evaluation format).</summary>
    public static IReadOnlyList<(string Conversation, string Question)> ReadTurns(IEnumerable<string> files) =>
        [.. Cases(files)
            .Where(c => Text(c.Case, "conv") is not null && Text(c.Case, "q") is not null)
            // Ids are per file: two files' "a" are two conversations.
            .Select(c => ($"{Path.GetFileName(c.File)}#{Text(c.Case, "conv")}", Text(c.Case, "q")!))];

    private static IEnumerable<(string File, YamlMappingNode Case)> Cases(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                yaml.Load(reader);
            }

            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
                || !root.Children.TryGetValue(new YamlScalarNode("cases"), out var cases) || cases is not YamlSequenceNode sequence)
            {
                continue;
            }

            foreach (var item in sequence.OfType<YamlMappingNode>())
            {
                yield return (file, item);
            }
        }
    }

    private static string? Text(YamlMappingNode item, string key) =>
        item.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

    /// <summary>Runs every measurement and writes the report; returns the per-question p99 in milliseconds.</summary>
    public double Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (questions.Count == 0)
        {
            throw new InvalidOperationException("The benchmark needs at least one question.");
        }

        // Cold: the first load and build in this process, JIT included — what the bot pays at start-up.
        var clock = Stopwatch.StartNew();
        var loaded = KnowledgeBaseLoader.Load(dataPath, placesPath);
        var kb = loaded.KnowledgeBase ?? throw new InvalidOperationException($"The knowledge base in {dataPath} is invalid: {loaded.Errors.Count} error(s).");
        var coldLoad = clock.Elapsed;
        var coldPhases = loaded.Phases;
        clock.Restart();
        var state = EngineState.Build(kb);
        var coldBuild = clock.Elapsed;
        var coldMatcher = state.MatcherBuild;
        var coldIndex = state.IndexBuild;
        state.Dispose();

        // Warm: what a reload costs once the process runs.
        var loads = new List<double>();
        var builds = new List<double>();
        var phases = new List<KnowledgeBaseLoadPhases>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            var reloaded = KnowledgeBaseLoader.Load(dataPath, placesPath);
            kb = reloaded.KnowledgeBase!;
            loads.Add(clock.Elapsed.TotalMilliseconds);
            phases.Add(reloaded.Phases);
            clock.Restart();
            EngineState.Build(kb).Dispose();
            builds.Add(clock.Elapsed.TotalMilliseconds);
        }

        output.WriteLine("Answer engine benchmark (single thread)");
        output.WriteLine(Invariant($"knowledge base: {kb.Entities.Count} entities, {kb.OpenData.All.Count} open-data places; load {coldLoad.TotalMilliseconds:F0} ms cold, {Median(loads):F0} ms warm"));
        output.WriteLine(Invariant($"engine build: {coldBuild.TotalMilliseconds:F0} ms cold (matcher {coldMatcher.TotalMilliseconds:F0} ms, index {coldIndex.TotalMilliseconds:F0} ms), {Median(builds):F0} ms warm"));
        output.WriteLine(Invariant($"load phases, cold: base {Ms(coldPhases.Base)}, places read {Ms(coldPhases.PlacesRead)} (during the base; then waited {Ms(coldPhases.PlacesWait)}), linking {Ms(coldPhases.PlacesLink)}, places index {Ms(coldPhases.PlacesIndex)}"));
        output.WriteLine(Invariant($"load phases, warm (median): base {Median(phases, p => p.Base)}, places read {Median(phases, p => p.PlacesRead)} (waited {Median(phases, p => p.PlacesWait)}), linking {Median(phases, p => p.PlacesLink)}, places index {Median(phases, p => p.PlacesIndex)}"));
        output.WriteLine(Invariant($"start-up (load + build, cold): {(coldLoad + coldBuild).TotalMilliseconds:F0} ms"));

        using var engine = new AnswerEngine(new FixedKnowledgeBaseProvider(kb));
        var sink = 0;
        for (var i = 0; i < 5; i++)
        {
            foreach (var question in questions)
            {
                sink += engine.Ask(question).Facts.Count;
            }
        }

        var perQuestion = new long[questions.Count][];
        var all = new List<long>(questions.Count * passes);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var q = 0; q < questions.Count; q++)
        {
            perQuestion[q] = new long[passes];
        }

        for (var pass = 0; pass < passes; pass++)
        {
            for (var q = 0; q < questions.Count; q++)
            {
                var start = Stopwatch.GetTimestamp();
                sink += engine.Ask(questions[q]).Facts.Count;
                var ticks = Stopwatch.GetTimestamp() - start;
                perQuestion[q][pass] = ticks;
                all.Add(ticks);
            }
        }

        var calls = all.Count;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / calls;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / calls;
        all.Sort();
        var medians = perQuestion.Select(t => t.Order().ElementAt(t.Length / 2)).ToArray();
        var slowest = Array.IndexOf(medians, medians.Max());
        var p99 = Milli(all[Math.Min(calls - 1, calls * 99 / 100)]);

        output.WriteLine(Invariant($"questions: {questions.Count} distinct, {passes} timed passes ({calls} answers) after 5 warm-up passes"));
        output.WriteLine(Invariant($"per question: p50 {Milli(all[calls / 2]):F3} ms, p99 {p99:F3} ms, max {Milli(all[^1]):F3} ms, cpu {cpu / 1000:F3} ms, {allocated / 1024} KB allocated"));
        output.WriteLine(Invariant($"slowest question (median {Milli(medians[slowest]):F3} ms): {questions[slowest]}"));

        // The same questions as turns of one conversation: each read against the previous answer's context (follow-up
        // resolution, small talk, choices), as the bot and ask --jsonl ask them.
        var turns = new List<long>(questions.Count * passes);
        var turnsCpu = new List<long>(questions.Count * passes);
        DialogueContext? context = null;
        for (var pass = 0; pass < passes; pass++)
        {
            for (var q = 0; q < questions.Count; q++)
            {
                var cpuStart = ThreadCpuClock.Now();
                var start = Stopwatch.GetTimestamp();
                var answer = engine.Ask(questions[q], context);
                turns.Add(Stopwatch.GetTimestamp() - start);
                turnsCpu.Add(ThreadCpuClock.Now() - cpuStart);
                context = answer.Context;
                sink += answer.Facts.Count;
            }
        }

        turns.Sort();
        output.WriteLine(Invariant($"per conversation turn (with the previous answer's context): p50 {Milli(turns[turns.Count / 2]):F3} ms, p99 {Milli(turns[Math.Min(turns.Count - 1, turns.Count * 99 / 100)]):F3} ms, max {Milli(turns[^1]):F3} ms{Cpu(turnsCpu)}"));
        sink += Conversations(engine, output);
        GC.KeepAlive(sink);
        return p99;
    }

    /// <summary>
    /// The sets' own conversations as <c>ask --jsonl</c> and the bot hold them: one context per conversation, turns in
    /// order (follow-ups rewritten, choices picked, « suite »), the same passes; with the slowest turns, what to look at.
    /// </summary>
    private int Conversations(AnswerEngine engine, TextWriter output)
    {
        if (conversations is not { Count: > 0 })
        {
            return 0;
        }

        var sink = 0;
        var perTurn = new long[conversations.Count][];
        var cpu = new List<long>(conversations.Count * passes);
        for (var t = 0; t < conversations.Count; t++)
        {
            perTurn[t] = new long[passes];
        }

        for (var pass = -2; pass < passes; pass++)
        {
            var contexts = new Dictionary<string, DialogueContext?>(StringComparer.Ordinal);
            for (var t = 0; t < conversations.Count; t++)
            {
                var (conversation, question) = conversations[t];
                var cpuStart = ThreadCpuClock.Now();
                var start = Stopwatch.GetTimestamp();
                var answer = engine.Ask(question, contexts.GetValueOrDefault(conversation));
                var ticks = Stopwatch.GetTimestamp() - start;
                if (pass >= 0)
                {
                    perTurn[t][pass] = ticks; // two warm-up passes first: the first reads of each conversation's entities
                    cpu.Add(ThreadCpuClock.Now() - cpuStart);
                }

                contexts[conversation] = answer.Context;
                sink += answer.Facts.Count;
            }
        }

        var all = perTurn.SelectMany(t => t).Order().ToArray();
        var count = conversations.Select(c => c.Conversation).Distinct().Count();
        output.WriteLine(Invariant($"per turn of the sets' conversations ({conversations.Count} turns in {count} conversations, {passes} passes): p50 {Milli(all[all.Length / 2]):F3} ms, p99 {Milli(all[Math.Min(all.Length - 1, all.Length * 99 / 100)]):F3} ms, max {Milli(all[^1]):F3} ms{Cpu(cpu)}"));
        var slowest = perTurn.Select((t, i) => (Median: t.Order().ElementAt(t.Length / 2), Turn: i)).OrderByDescending(x => x.Median).Take(3);
        output.WriteLine("slowest turns (median): " + string.Join(" · ", slowest.Select(x => Invariant($"{Milli(x.Median):F3} ms « {conversations[x.Turn].Question} »"))));
        return sink;
    }

    private static double Milli(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>
    /// "; cpu p50 …, p99 …": the thread's CPU time per call, which other processes do not inflate as much as the wall
    /// clock (on a shared machine, compare these); empty where the clock is not available.
    /// </summary>
    private static string Cpu(List<long> nanoseconds)
    {
        if (!ThreadCpuClock.IsAvailable || nanoseconds.Count == 0)
        {
            return "";
        }

        nanoseconds.Sort();
        return Invariant($"; thread cpu p50 {nanoseconds[nanoseconds.Count / 2] / 1e6:F3} ms, p99 {nanoseconds[Math.Min(nanoseconds.Count - 1, nanoseconds.Count * 99 / 100)] / 1e6:F3} ms");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Median(List<KnowledgeBaseLoadPhases> phases, Func<KnowledgeBaseLoadPhases, TimeSpan> phase) => Ms(phases.Select(phase).Order().ElementAt(phases.Count / 2));

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:F0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
