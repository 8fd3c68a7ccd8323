using System.Text.RegularExpressions;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Tests.Model;

/// <summary>The needs vocabulary (needs.yaml) and the figures of the running text (figures.yaml).</summary>
public sealed class NeedsAndFiguresTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    /// <summary>The `services` values of the national standard (LaMednum/standard-mediation-num, schema.json).</summary>
    private static readonly string[] StandardServices =
    [
        "Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Insertion professionnelle via le numérique",
        "Utilisation sécurisée du numérique", "Parentalité et éducation avec le numérique", "Loisirs et créations numériques",
        "Compréhension du monde numérique", "Accès internet et matériel informatique", "Acquisition de matériel informatique à prix solidaire",
    ];

    /// <summary>The same field in version 1.0 of the standard (Schema_V1.json).</summary>
    private static readonly string[] StandardServicesV1 =
    [
        "Devenir autonome dans les démarches administratives", "Réaliser des démarches administratives avec un accompagnement",
        "Prendre en main un smartphone ou une tablette", "Prendre en main un ordinateur", "Utiliser le numérique au quotidien",
        "Approfondir ma culture numérique", "Favoriser mon insertion professionnelle", "Accéder à une connexion internet", "Accéder à du matériel",
        "S’équiper en matériel informatique", "Créer et développer mon entreprise", "Créer avec le numérique", "Accompagner les démarches de santé",
        "Promouvoir la citoyenneté numérique", "Soutenir la parentalité et l'éducation avec le numérique",
    ];

    [Fact]
    public void Every_need_names_only_values_of_the_open_data_standard()
    {
        Assert.NotEmpty(Kb.Needs);
        Assert.All(Kb.Needs, need =>
        {
            Assert.All(need.Services, s => Assert.Contains(s, StandardServices));
            Assert.All(need.ServicesV1, s => Assert.Contains(s, StandardServicesV1));
        });
    }

    [Fact]
    public void Administrative_procedures_point_to_france_services_first()
    {
        var need = Kb.Needs.Single(n => n.Id == "need:demarches-administratives");

        Assert.Equal(NeedStructures.FranceServices, need.Structures[0]);
        Assert.Contains("Aide aux démarches administratives", need.Services);
        Assert.Contains("caf", need.Words);
    }

    [Fact]
    public void Every_figure_holds_its_value_in_the_phrase_it_comes_from()
    {
        Assert.NotEmpty(Kb.Figures);
        Assert.All(Kb.Figures, figure =>
        {
            Assert.NotNull(Kb.Find(figure.AboutId));
            var digits = Regex.Replace(figure.AsWritten, @"(?<=\d) (?=\d{3})", "");
            var words = TextNormalizer.Fold(figure.AsWritten);
            var value = ((int)figure.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Regex.IsMatch(digits, $@"(?<!\d){value}(?!\d)") || words.Contains(InWords(value), StringComparison.Ordinal), $"{figure.Id}: {value} is not in « {figure.AsWritten} »");
        });
    }

    [Fact]
    public void The_figures_the_issue_names_are_answerable()
    {
        Assert.Contains(Kb.Figures, f => f.AboutId == "territory:angers-loire-metropole" && f.Value == 31600);
        Assert.Contains(Kb.Figures, f => f.AboutId == "territory:vallees-du-haut-anjou" && f.Value == 150);
        Assert.Contains(Kb.Figures, f => f.AboutId == "territory:loire-layon-aubance" && f.Value == 2);
        Assert.Contains(Kb.Figures, f => f.AsWritten.Contains("plus de 40", StringComparison.Ordinal));
    }

    private static string InWords(string value) => value switch
    {
        "4" => "quatre",
        "15" => "quinzaine",
        "35" => "trente cinq",
        _ => "\u0000",
    };
}
