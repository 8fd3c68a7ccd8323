using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class GeographyAnswerTests
{
    private static KnowledgeBase Kb => EmbeddedKnowledgeBase.Current;

    [Theory]
    [InlineData("Dans quel bassin est Vernantes ?", "Longuéen", "Saumur Val de Loire")]
    [InlineData("A quelle polarité appartient Chazé-sur-Argos ?", "Candéen", "Anjou Bleu Communauté")]
    [InlineData("Pouancé dépend de quelle interco ?", "Ombrée d'Anjou", "Anjou Bleu Communauté")]
    [InlineData("Saint-Florent-le-Vieil fait partie de quelle commune ?", "Mauges-sur-Loire", "Mauges Communauté")]
    [InlineData("Doué-la-Fontaine c'est où ?", "Doué-en-Anjou", "Douessin")]
    public void A_commune_or_former_commune_is_placed_in_its_commune_bassin_and_epci(string question, string first, string second)
    {
        var answer = Ask(question);

        Assert.Equal(QuestionKinds.Location, answer.Kind);
        AssertSays(answer, first, second);
    }

    [Fact]
    public void A_commune_the_document_placed_elsewhere_keeps_both_dated_facts()
    {
        var answer = Ask("Dans quel bassin est Saint-Sigismond ?");

        AssertSays(answer, "Ouest Anjou", "2024", "Pays d'Ancenis");
        Assert.DoesNotContain("Ingrandes-le-Fresne-sur-Loire fait partie de l'intercommunalité Vallées", Text(answer), StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Id == "former-commune:49321");
    }

    [Fact]
    public void A_territory_population_is_given_as_the_document_writes_it()
    {
        var answer = Ask("Combien d'habitants dans Baugeois Vallée ?");

        Assert.Equal(QuestionKinds.Figures, answer.Kind);
        AssertSays(answer, Kb.Get<Territory>("territory:baugeois-vallee").Population!.AsWritten, "d'après la feuille de route 2023-2025");
    }

    [Fact]
    public void A_commune_population_comes_from_the_reference_geography()
    {
        var commune = Kb.Communes.Single(c => c.Name == "Chemillé-en-Anjou");

        var answer = Ask("Combien d'habitants à Chemillé-en-Anjou ?");

        AssertSays(answer, Labels.Number(commune.Population2024), "INSEE");
        Assert.Contains(answer.Sources, s => s.Id == commune.Id);
    }

    [Fact]
    public void The_number_of_communes_is_the_documents_with_todays_difference_explained()
    {
        var answer = Ask("Combien de communes dans les Vallées du Haut Anjou ?");

        AssertSays(answer, "16 communes", "15 communes");
    }

    [Fact]
    public void The_subdivisions_of_a_territory_are_listed_with_their_kind()
    {
        var answer = Ask("Quelles sont les polarités de Cholet Agglomération ?");
        var expected = Kb.Subdivisions.Where(s => s.TerritoryId == "territory:cholet-agglomeration").ToList();

        Assert.Equal(QuestionKinds.List, answer.Kind);
        Assert.All(expected, s => AssertSays(answer, s.Name));
        AssertSays(answer, "6 polarités");
    }

    [Fact]
    public void Maine_et_Loire_and_the_Loire_are_not_the_commune_of_Loire()
    {
        var loire = Kb.Communes.Single(c => c.Name == "Loiré");

        Assert.DoesNotContain(Ask("Qui s'occupe du numérique en Maine-et-Loire ?").Sources, s => s.Id == loire.Id);
        Assert.DoesNotContain(Ask("Qui s'occupe des communes du bord de la Loire ?").Sources, s => s.Id == loire.Id);
        Assert.Contains(Ask("Dans quel bassin est Loiré ?").Sources, s => s.Id == loire.Id);
    }
}
