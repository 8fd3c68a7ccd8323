using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Tests.Cards;

/// <summary>Answers about open-data places: from the engine on the places fixtures, and built by hand for edge cases.</summary>
public static class PlaceAnswers
{
    /// <summary>France Services de Candé in the fixtures: every contact detail, coordinates 47.5601, -1.0362.</summary>
    public static Answer Cande() => PlacesKnowledge.Ask("Quel est le téléphone de la France Services de Candé ?");

    /// <summary>The Médiathèque Imaginaire: its website is given without a scheme (« www.… »).</summary>
    public static Answer Mediatheque() => PlacesKnowledge.Ask("site web de la Médiathèque Imaginaire");

    /// <summary>Fictitious places, more than a reply shows, each with every contact detail.</summary>
    public static Answer Many() => new()
    {
        Question = "où se faire aider ?",
        Found = true,
        Kind = "open-place",
        Title = "Lieux de médiation numérique",
        Places = [.. Enumerable.Range(1, 9).Select(i => new AnswerPlace($"Lieu fictif {i}", "Candé", "lieu de médiation numérique", $"lieu:fixture-{i}", Contact(i)))],
        Sources = [new AnswerSource("lieu:fixture-1", "Lieux de médiation numérique (données ouvertes) — lieux.json")],
    };

    /// <summary>Links a client must not open: a script, a hostile map, an address that would break the markup.</summary>
    public static Answer Unsafe() => new()
    {
        Question = "téléphone du lieu piégé",
        Found = true,
        Kind = "open-place",
        Title = "Lieu piégé",
        Places =
        [
            new AnswerPlace("Lieu piégé", "Candé", Contact: new PlaceContact(
                "1 rue [du](javascript:x) <Test>", "01 99 00 00 07", "javascript:alert(1)", "x@y.test>|<!channel>", "javascript:alert(1)",
                "https://evil.example/?mlat=1&mlon=2", null, null, "Fixture fictive")),
        ],
    };

    private static PlaceContact Contact(int i) => new(
        $"{i} rue de l'Exemple, 49440 Candé", $"01 99 00 00 {i:00}", $"tel:+331990000{i:00}", $"lieu{i}@exemple.test", $"https://lieu{i}.exemple.test",
        $"https://www.openstreetmap.org/?mlat=47.56&mlon=-1.03#map=17/47.56/-1.03", "du lundi au vendredi, 9 h–12 h", "5 mars 2024", "Fixture fictive");
}
