using Mednum49.Knowledge.Benchmarks;

namespace Mednum49.Knowledge.Tests.Benchmarks;

public sealed class UnderstandingBenchmarkTests
{
    [Fact]
    public void The_benchmark_reports_percentiles_for_every_component_on_a_realistic_gazetteer()
    {
        var output = new StringWriter();

        new UnderstandingBenchmark(iterations: 200).Run(output);

        var report = output.ToString();
        Assert.Contains("p50 µs", report);
        Assert.Contains("p99 µs", report);
        foreach (var component in new[] { "normaliser", "action codes", "entity matcher", "full-text search", "all three" })
        {
            Assert.Contains(component, report);
        }

        // About 2 000 surface forms, as the brief asks, from the embedded reference geography.
        var forms = int.Parse(System.Text.RegularExpressions.Regex.Match(report, @"(\d+) folded forms").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(forms, 1_800, 2_600);
    }

    [Fact]
    public void The_sample_gazetteer_holds_every_commune_and_former_commune()
    {
        Assert.Equal(176, SampleKnowledge.Communes().Count());
        Assert.Equal(230, SampleKnowledge.FormerCommunes().Count());
        Assert.Contains(SampleKnowledge.Communes(), c => c is { Name: "Ingrandes-le-Fresne-sur-Loire", Epci: "Pays d'Ancenis (COMPA, Loire-Atlantique)" });
    }
}
