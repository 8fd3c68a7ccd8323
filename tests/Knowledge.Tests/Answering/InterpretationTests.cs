using Mednum49.Knowledge.Answering;
using static Mednum49.Knowledge.Tests.Support.EmbeddedEngine;

namespace Mednum49.Knowledge.Tests.Answering;

public sealed class InterpretationTests
{
    public static TheoryData<string, string[], string?, string> ByNames => new()
    {
        { QuestionKinds.Territory, ["Vihierois"], null, "Le Coin de la Rue" },
        { QuestionKinds.Territory, ["Segré"], "seniors", "CCAS de Segré" },
        { QuestionKinds.Places, ["Anjou Bleu Communauté"], "france-services", "Ombrée" },
        { QuestionKinds.Places, ["Cholet"], "conseillers+count", "3 conseillers numériques" },
        { QuestionKinds.Place, ["BricoLAB"], null, "AICLA" },
        { QuestionKinds.Location, ["Vernantes"], null, "Longuéen" },
        { QuestionKinds.Figures, ["Baugeois Vallée"], "population", "35 300" },
        { QuestionKinds.Figures, ["Anjou Loir et Sarthe"], "communes", "17" },
        { QuestionKinds.Action, ["B.6"], null, "DAST" },
        { QuestionKinds.Action, ["axe C"], null, "C.3" },
        { QuestionKinds.Topic, ["gens du voyage"], null, "B.6" },
        { QuestionKinds.Organisation, ["CAF49"], null, "A.2" },
        { QuestionKinds.Group, ["reconditionnement"], null, "IRESA" },
        { QuestionKinds.Governance, ["comité de pilotage"], "frequency", "une fois par an" },
        { QuestionKinds.Governance, ["accord de coopération"], "withdrawal", "30 septembre" },
        { QuestionKinds.Contacts, ["Les Francas"], null, "Brault" },
        { QuestionKinds.Contacts, ["Judith Borbely"], null, "IRESA" },
        { QuestionKinds.List, [], "axes", "Expérimenter et outiller" },
        { QuestionKinds.List, ["Baugeois Vallée"], "subdivisions", "Noyant-Villages" },
        { QuestionKinds.Context, ["France Numérique Ensemble"], null, "2023-2027" },
    };

    [Theory]
    [MemberData(nameof(ByNames))]
    public void Every_kind_is_answered_from_entity_names(string kind, string[] entities, string? detail, string expected)
    {
        var answer = EmbeddedEngineAsk(kind, entities, detail);

        Assert.True(answer.Found, Text(answer));
        AssertSays(answer, expected);
    }

    [Theory]
    [InlineData(QuestionKinds.Action, "action:B.6", "DAST")]
    [InlineData(QuestionKinds.Territory, "subdivision:cholet-agglomeration/bocage", "Anjou Numérique")]
    [InlineData(QuestionKinds.Organisation, "unit:bibliopole", "B.5")]
    [InlineData(QuestionKinds.Location, "former-commune:49373", "Lys-Haut-Layon")]
    public void Entities_may_be_given_by_their_ids(string kind, string id, string expected)
    {
        var answer = EmbeddedEngineAsk(kind, [id], null);

        Assert.Contains(answer.Sources, s => s.Id == id);
        AssertSays(answer, expected);
    }

    [Fact]
    public void An_entity_the_base_does_not_know_is_not_found_and_named()
    {
        var answer = EmbeddedEngineAsk(QuestionKinds.Organisation, ["Emmaüs"], null);

        Assert.False(answer.Found);
        Assert.Contains("Emmaüs", answer.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_the_engine_does_not_know_falls_back_to_reading_the_question()
    {
        var answer = Current.Ask("Qui porte l'action B.6 ?", new Interpretation("weather", ["Angers"]));

        Assert.Equal("action:B.6", answer.Sources[0].Id);
    }

    [Fact]
    public void Kinds_are_described_uniquely_and_each_example_is_answered()
    {
        var kinds = Current.Kinds;

        Assert.NotEmpty(kinds);
        Assert.Equal(kinds.Count, kinds.Select(k => k.Kind).Distinct().Count());
        Assert.All(kinds, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.Description));
            var answer = Ask(k.Example);
            Assert.True(answer.Found, $"{k.Kind}: {k.Example}");
        });
    }

    private static Answer EmbeddedEngineAsk(string kind, string[] entities, string? detail) =>
        Current.Ask("question reformulée", new Interpretation(kind, entities, detail));
}
