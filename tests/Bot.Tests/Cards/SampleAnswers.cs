using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Tests.Cards;

/// <summary>Answers of every shape the engine produces, with names taken from the roadmap (annexe Cholet Agglomération).</summary>
public static class SampleAnswers
{
    public static readonly string[] CentresSociaux = ["Le Coin de la Rue", "Chloro'Fil", "Ocsigène", "K'léidoscope", "Planty", "Pasteur", "Horizon", "Le Verger"];

    public static Answer Found() => new()
    {
        Question = "Qui s'occupe du Vihierois ?",
        Found = true,
        Kind = "territory",
        Confidence = AnswerConfidence.High,
        Title = "Cholet Agglomération — polarité du Vihierois",
        Summary = "Le Vihierois est l'une des 6 polarités de Cholet Agglomération.",
        Facts =
        [
            new AnswerFact("Le territoire du Vihierois a entamé un travail de structuration de son offre.", "epci:cholet"),
            new AnswerFact("Une seule France Services sur le territoire, portée par le Centre Socioculturel « Le Coin de la Rue ».", "epci:cholet"),
        ],
        People = [new AnswerPerson("Coordinatrice CTG", "Cholet Agglomération", "co-anime le groupe de travail intercommunal")],
        Places = [new AnswerPlace("France Services du Centre Socioculturel Le Coin de la Rue", "Lys-Haut-Layon", "France Services")],
        Sources = [new AnswerSource("epci:cholet", "Annexe 3 — Cholet Agglomération")],
        FollowUps =
        [
            new AnswerChoice("Conseillers numériques", "Quels conseillers numériques à Cholet Agglomération ?"),
            new AnswerChoice("Centres sociaux", "Quels centres sociaux à Cholet Agglomération ?"),
        ],
    };

    public static Answer NotFound() => new()
    {
        Question = "Quelle est la météo demain ?",
        Found = false,
        Kind = "fallback",
        Title = "Je n'ai pas trouvé de réponse à cette question.",
        Summary = "Je connais la feuille de route 2023-2025 de la Mednum49 et les fiches des intercommunalités.",
        FollowUps = [new AnswerChoice("Qui porte l'action B.6 ?", "Qui porte l'action B.6 ?")],
    };

    public static Answer Ambiguous() => new()
    {
        Question = "centre social",
        Found = true,
        Kind = "organisation",
        Confidence = AnswerConfidence.Low,
        Title = "Plusieurs centres sociaux correspondent",
        Choices = [.. CentresSociaux.Take(3).Select(name => new AnswerChoice(name, $"Centre social {name}"))],
        Sources = [new AnswerSource("epci:cholet", "Annexe 3 — Cholet Agglomération")],
    };

    public static Answer WithNarrative() => Found() with
    {
        Narrative = "Le Vihierois fait partie de Cholet Agglomération.\n\nSon offre est en cours de structuration, avec le Centre Socioculturel « Le Coin de la Rue ».",
    };

    /// <summary>More of everything than a reply shows.</summary>
    public static Answer LongLists() => new()
    {
        Question = "Quels acteurs à Cholet Agglomération ?",
        Found = true,
        Kind = "territory",
        Title = "Cholet Agglomération",
        Facts = [.. Enumerable.Range(1, 12).Select(i => new AnswerFact($"Fait numéro {i} de la fiche de Cholet Agglomération."))],
        People = [.. CentresSociaux.Select(name => new AnswerPerson($"Équipe du centre social {name}", "Cholet Agglomération", "animation"))],
        Places = [.. CentresSociaux.Select(name => new AnswerPlace($"Centre social {name}", "Cholet", "centre social"))],
        Sources = [.. Enumerable.Range(1, 6).Select(i => new AnswerSource($"src:{i}", $"Section {i}"))],
        Choices = [.. Enumerable.Range(1, 13).Select(i => new AnswerChoice($"Choix {i}", $"choix {i}"))],
        FollowUps = [.. Enumerable.Range(1, 5).Select(i => new AnswerChoice($"Suite {i}", $"suite {i}"))],
    };

    /// <summary>Text that Markdown, Slack or JSON could misread: all of it must be shown as written.</summary>
    public const string Tricky = "*gras* _italique_ [cliquez](https://exemple.invalid) <!channel> <@U123> & \"guillemets\" \\ {{DATE(2017-02-14T06:00:00Z)}} # titre | ~barré~ `code`";

    public static Answer TrickyText() => new()
    {
        Question = Tricky,
        Found = false,
        Title = $"« {Tricky} »",
        Summary = "- commence comme une liste\n1. et comme une liste numérotée\u0007\u202E",
        Facts = [new AnswerFact(Tricky), new AnswerFact("   "), new AnswerFact("ligne 1\r\nligne 2\tavec tabulation")],
        People = [new AnswerPerson("**Nom**", "[Org](javascript:alert(1))", "<b>rôle</b>")],
        Places = [new AnswerPlace("Lieu _souligné_", "Commune*", "type`")],
        Sources = [new AnswerSource("x", "Section [1](https://exemple.invalid)")],
        Choices = [new AnswerChoice("Choix *1*", "requête [1]"), new AnswerChoice("", "sans libellé"), new AnswerChoice("sans requête", " ")],
        FollowUps = [new AnswerChoice("Suite & fin <", "suite & fin <")],
    };

    public static Answer TitleOnly(string title) => new() { Question = title, Title = title };

    public static Answer Empty() => new() { Question = "" };
}
