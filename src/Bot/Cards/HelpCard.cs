using Mednum49.Knowledge.Answering;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Cards;

/// <summary>
/// The help: how to ask, and the commands. The commands are a parameter (command, French description) so that the
/// help always lists what the command catalog really handles.
/// </summary>
public static class HelpCard
{
    public const string Title = "Ce que vous pouvez me demander";

    public const string Intro = "Posez votre question en français, comme vous la poseriez à un collègue, ou utilisez une commande :";

    public const string ExamplesLead = "Exemples de questions :";

    /// <param name="examples">Example questions, shown as buttons after the commands (at most <see cref="WelcomeCard.MaxExamples"/>).</param>
    public static JObject Create(IEnumerable<(string Command, string Description)> commands, IReadOnlyList<string>? examples = null)
    {
        var lines = Lines(commands);
        var choices = Examples(examples);
        var card = new AdaptiveCardBuilder()
            .WithFallbackText(string.Join('\n', [Title, Intro, .. lines.Select(l => l.Description.Length > 0 ? $"{l.Command} — {l.Description}" : l.Command)]))
            .Add(CardElements.TextBlock(Title, TextStyle.Heading))
            .Add(CardElements.TextBlock(Intro, spacing: CardSpacing.Small));
        foreach (var (command, description) in lines)
        {
            // Commands are shown literally: "territoire <nom>" must not be read as Markdown or HTML.
            card.Add(CardElements.RichText(
                description.Length > 0
                    ? [CardElements.Run(command, TextStyle.Label), CardElements.Run(" — " + description)]
                    : [CardElements.Run(command, TextStyle.Label)],
                CardSpacing.Small));
        }

        if (choices.Count > 0)
        {
            card.Add(CardElements.TextBlock(ExamplesLead, TextStyle.Label, CardSpacing.Medium)).Add(CardActions.ActionSets(choices));
        }

        return card.Build();
    }

    /// <summary>The example questions (at most <see cref="WelcomeCard.MaxExamples"/>), as choices whose query is the question.</summary>
    public static IReadOnlyList<AnswerChoice> Examples(IReadOnlyList<string>? examples) => examples is null ? [] : WelcomeCard.Examples(examples);

    /// <summary>The commands cleaned, empty ones left out.</summary>
    public static IReadOnlyList<(string Command, string Description)> Lines(IEnumerable<(string Command, string Description)> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return [.. commands.Select(c => (Command: CardText.OneLine(c.Command), Description: CardText.OneLine(c.Description))).Where(c => c.Command.Length > 0)];
    }
}
