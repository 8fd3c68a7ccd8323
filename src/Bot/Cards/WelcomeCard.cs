using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>The greeting of a new member: what the bot knows, in two lines, and three example questions to click.</summary>
public static class WelcomeCard
{
    public const string Title = "Bonjour, je suis l'assistant de la Mednum49";

    /// <summary>What the bot knows, in two lines.</summary>
    public static readonly IReadOnlyList<string> Lines =
    [
        "Je connais la feuille de route 2023-2025 de la Mednum49, le réseau de l'accompagnement aux usages numériques en Maine-et-Loire : ses axes, ses actions et ses groupes de travail.",
        "Je connais aussi les fiches des 9 intercommunalités : qui fait quoi, et où.",
    ];

    public const string ExamplesLead = "Posez votre question, ou essayez un exemple :";

    public const string HelpHint = "Tapez « aide » pour voir les commandes.";

    public static readonly IReadOnlyList<string> DefaultExamples =
    [
        "Qui s'occupe du Vihierois ?",
        "Y a-t-il une France Services à Candé ?",
        "Qui porte l'action B.6 ?",
    ];

    public const int MaxExamples = 3;

    public static JObject Create(IReadOnlyList<string>? examples = null)
    {
        var choices = Examples(examples);
        var card = new AdaptiveCardBuilder()
            .WithFallbackText(string.Join('\n', [Title, .. Lines, HelpHint]))
            .Add(CardElements.TextBlock(Title, TextStyle.Heading))
            .Add(Lines.Select(line => CardElements.TextBlock(line, spacing: CardSpacing.Small)));
        if (choices.Count > 0)
        {
            card.Add(CardElements.TextBlock(ExamplesLead, TextStyle.Label, CardSpacing.Medium)).Add(CardActions.ActionSets(choices));
        }

        return card.Add(CardElements.TextBlock(HelpHint, TextStyle.Subtle, CardSpacing.Medium)).Build();
    }

    /// <summary>The example questions (at most <see cref="MaxExamples"/>), as choices whose query is the question.</summary>
    public static IReadOnlyList<AnswerChoice> Examples(IReadOnlyList<string>? examples = null) =>
        [.. (examples ?? DefaultExamples).Select(CardText.OneLine).Where(e => e.Length > 0).Take(MaxExamples).Select(e => new AnswerChoice(e, e))];
}
