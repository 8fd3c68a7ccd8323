using System.Diagnostics;
using System.Globalization;
using Mednum49.Knowledge.Search;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Benchmarks;

/// <summary>
/// Measures the per-question latency of the understanding and search building blocks on a realistic
/// gazetteer (~2 000 surface forms) and corpus (<see cref="SampleKnowledge"/>): warm-up, then many timed
/// calls with <see cref="Stopwatch"/>, reported as p50/p99 in microseconds with the bytes allocated per call.
/// Single-threaded. On a busy machine p99 measures the scheduler more than the code, so two columns do not
/// depend on other processes: the process CPU time per call, and the slowest question's median time.
/// </summary>
/// <param name="iterations">Timed calls per component (search gets a quarter: it is the slow one).</param>
public sealed class UnderstandingBenchmark(int iterations = 20_000)
{
    /// <summary>Questions as mediators type them: accents or not, typos, codes, names, out-of-scope ones.</summary>
    private static readonly string[] Questions =
    [
        "Qui s'occupe du Vihierois ?", "qui s occupe du vihierrois", "Quelles France Services dans Anjou Bleu Communauté ?",
        "Combien d'habitants dans Baugeois Vallée ?", "conseiller numerique segre", "Qui est présent à Doué-en-Anjou pour le numérique ?",
        "Dans quel bassin est Brain-sur-Allonnes ?", "Quelles sont les polarités de Cholet Agglomération ?", "polarites cholet agglo",
        "Qui porte la France Services du Lion-d'Angers ?", "Y a-t-il un conseiller numérique à Sèvremoine ?", "Qui s'occupe de l'Entente-Vallée ?",
        "Qui porte l'action B.1 ?", "action b 4", "c est quoi a1.2a", "Quelles sont les actions de l'axe C ?",
        "Qui s'occupe de la cartographie des compétences du réseau ?", "La fabrique du numérique, c'est qui ?", "Quelles actions pour les bibliothèques ?",
        "Qui anime le groupe de travail sur la sobriété numérique ?", "groupe de travail financement", "Qui compose le comité de pilotage ?",
        "Qui est le contact des Francas ?", "Qui représente la CPAM ?", "Combien d'habitants à Angers Loire Métropole ?",
        "Quel est le tarif du train Angers-Paris ?", "Qui s'occupe de la médiation numérique à Laval ?", "météo demain",
        "lys haut layon france service", "biblio pole", "cybanjou", "chlorofil ou ocsigene", "saumur val de loir habitants",
        "gens du voyages", "accompagnement des voyageurs", "vallee du haut anjou conseiller", "st macaire du bois mairie",
        "Bonjour, je cherche un atelier numérique pour ma mère qui habite à Montreuil-Bellay, près de Saumur, vous pouvez m'aider ?",
        "france services segré en anjou bleu et candé", "qui ? quoi : où",
    ];

    /// <summary>Builds the sample gazetteer and index, runs every measurement and writes a report to <paramref name="output"/>.</summary>
    public void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var entities = SampleKnowledge.Gazetteer();
        var documents = SampleKnowledge.Documents();

        var clock = Stopwatch.StartNew();
        var matcher = EntityMatcher.Build(entities);
        var matcherBuild = clock.Elapsed;
        clock.Restart();
        using var index = SearchIndex.Build(documents, SampleKnowledge.Synonyms);
        var indexBuild = clock.Elapsed;
        var codes = new ActionCodeRecognizer(SampleKnowledge.ActionCodes);

        var names = entities.Sum(e => e.Names.Count);
        output.WriteLine("Understanding and search benchmark (single thread, per question)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gazetteer: {entities.Count} entities, {names} names, {matcher.FormCount} folded forms; built in {matcherBuild.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search index: {index.DocumentCount} documents; built in {indexBuild.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"questions: {Questions.Length}, {iterations} timed calls per component (search: {SearchIterations})"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"component",-28}{"p50 µs",10}{"p99 µs",10}{"max µs",10}{"cpu µs",10}{"slowest q",11}{"alloc B",10}"));

        Measure(output, "normaliser (Fold)", iterations, q => TextNormalizer.Fold(q).Length);
        Measure(output, "action codes", iterations, q => codes.Recognize(q).Count);
        Measure(output, "entity matcher", iterations, q => matcher.Match(q).Count);
        Measure(output, "full-text search (top 5)", SearchIterations, q => index.Search(q, 5).Count);
        Measure(output, "all three, one question", SearchIterations, q => codes.Recognize(q).Count + matcher.Match(q).Count + index.Search(q, 5).Count);
    }

    private int SearchIterations => Math.Max(1, iterations / 4);

    private static void Measure(TextWriter output, string name, int calls, Func<string, int> work)
    {
        // Warm-up: JIT, tiered compilation, caches.
        var sink = 0;
        for (var i = 0; i < Math.Max(Questions.Length * 20, calls / 10); i++)
        {
            sink += work(Questions[i % Questions.Length]);
        }

        var ticks = new long[calls];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < calls; i++)
        {
            var question = Questions[i % Questions.Length];
            var start = Stopwatch.GetTimestamp();
            sink += work(question);
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / calls;
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / calls;

        // The median time of each question, then the slowest of them: what the costliest question takes when nothing interferes.
        var slowest = ticks
            .Select((t, i) => (Question: i % Questions.Length, Ticks: t))
            .GroupBy(c => c.Question)
            .Max(g => g.Select(c => c.Ticks).Order().ElementAt(g.Count() / 2));

        Array.Sort(ticks);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-28}{Micro(ticks[calls / 2]),10:F1}{Micro(ticks[Math.Min(calls - 1, calls * 99 / 100)]),10:F1}{Micro(ticks[^1]),10:F1}{cpu,10:F1}{Micro(slowest),11:F1}{allocated,10}"));
        GC.KeepAlive(sink);
    }

    private static double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
