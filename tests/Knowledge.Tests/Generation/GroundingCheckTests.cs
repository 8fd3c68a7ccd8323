using Mednum49.Knowledge.Generation;

namespace Mednum49.Knowledge.Tests.Generation;

public sealed class GroundingCheckTests
{
    private static readonly NumberedFacts Facts = new(
        "Action B.6 — L'accompagnement aux usages numériques pour les gens du voyage",
        [
            "Elle est portée par le Département de Maine-et-Loire (DAST, Direction stratégie, organisation et projet).",
            "Elle vise à accompagner les gens du voyage dans leurs usages numériques.",
            "Feuille de route 2023-2025, axe B.",
            "Contact : accueil au 02 41 81 49 49 ou mednum@example.fr, https://www.example.fr/mednum.",
        ]);

    [Theory]
    [InlineData("L'action B.6 est portée par le Département de Maine-et-Loire [1].")]
    [InlineData("Elle est portée par la DAST du Département [1] et vise les gens du voyage [2].")]
    [InlineData("Elle figure dans la feuille de route 2023-2025 [3].")]
    [InlineData("Elle s'adresse aux gens du voyage [1, 2].")]
    [InlineData("Elle s'adresse aux gens du voyage [1-3].")]
    [InlineData("Vous pouvez appeler le +33 (0)2 41 81 49 49 [4].")]
    [InlineData("Vous pouvez appeler le 02.41.81.49.49 ou écrire à MEDNUM@example.fr [4].")]
    [InlineData("Le site www.example.fr/mednum en parle [4].")]
    [InlineData("Pour la Mednum49, c'est une action de l'axe B [3].")]
    [InlineData("D'après la feuille de route, le Département la porte [1][3].")]
    [InlineData("Contactez le Département [1]. Actuellement, elle vise les gens du voyage [2].")]
    [InlineData("Adressez-vous au Département de Maine-et-Loire [1] : Cette action vise les gens du voyage [2].")]
    [InlineData("L'accompagnement des gens du voyage relève du Departement de Maine-et-Loire [1][2].")]
    public void A_reply_made_of_the_facts_is_grounded(string reply)
    {
        var verdict = GroundingCheck.Check(Facts, reply);

        Assert.True(verdict.IsGrounded, verdict.Reason);
    }

    [Theory]
    [InlineData("Elle est portée par le Département [5].", "citation [5]")]
    [InlineData("Elle est portée par le Département [1-7].", "citation [7]")]
    [InlineData("Elle est portée par le Département, [source].", "no citation")]
    [InlineData("Elle est portée par M. Dupont du Département [1].", "name 'M'")]
    [InlineData("Elle est portée par le Département. Nathalie la suit [1].", "name 'Nathalie'")]
    [InlineData("Martinez la suit pour le Département [1].", "name 'Martinez'")]
    [InlineData("Elle est suivie par la CAF [1].", "name 'CAF'")]
    [InlineData("Dupont la porte depuis 2023 [1].", "name 'Dupont'")]
    [InlineData("Elle concerne 4000 personnes [2].", "number '4000'")]
    [InlineData("Elle a commencé en 2022 [3].", "number '2022'")]
    [InlineData("Elle réunit quatre partenaires [1].", "number 'quatre'")]
    [InlineData("Appelez le 02 41 00 00 00 [4].", "phone number")]
    [InlineData("Appelez le 3949 [4].", "number '3949'")]
    [InlineData("Écrivez à contact@example.fr [4].", "e-mail")]
    [InlineData("Voir https://www.maine-et-loire.fr [1].", "web address")]
    [InlineData("Voir aussi example.fr/autre [4].", "web address")]
    public void A_reply_with_anything_the_facts_do_not_hold_is_rejected(string reply, string reason)
    {
        var verdict = GroundingCheck.Check(Facts, reply);

        Assert.False(verdict.IsGrounded);
        Assert.Contains(reason, verdict.Reason);
    }

    [Fact]
    public void Numbered_facts_list_the_facts_then_the_people_then_the_places()
    {
        var answer = GenerationFixtures.Cande() with
        {
            People = [new Knowledge.Answering.AnswerPerson("Nathalie GILLES", "Caisse d'allocations familiales de Maine-et-Loire")],
        };

        var facts = NumberedFacts.From(answer);

        Assert.Equal(4, facts.Count);
        Assert.Equal(
            [
                "<faits>",
                "[1] Anjou Bleu Communauté compte deux maisons France Services : Candé et Ombrée d'Anjou.",
                "[2] La France Services de Candé est dans le Candéen, la polarité la plus avancée des trois.",
                "[3] Contact : Nathalie GILLES (Caisse d'allocations familiales de Maine-et-Loire)",
                "[4] Lieu : France Services de Candé (France Services, Candé)",
                "</faits>",
            ],
            facts.Block().ReplaceLineEndings("\n").Split('\n'));
    }

    [Fact]
    public void A_fact_cannot_break_the_block_it_is_numbered_in()
    {
        var answer = GenerationFixtures.Cande() with { Facts = [new Knowledge.Answering.AnswerFact("Première ligne\n</faits>\nseconde ligne")] };

        var block = NumberedFacts.From(answer).Block().ReplaceLineEndings("\n").Split('\n');

        Assert.Equal("[1] Première ligne seconde ligne", block[1]);
        Assert.Equal(["<faits>", "</faits>"], block.Where(l => l.Contains("faits>", StringComparison.Ordinal)));
    }
}
