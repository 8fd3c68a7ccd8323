using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// The question, then "1. …" one choice a line (every channel shows text; the user may answer "2"), plus
/// suggested actions that send the choice's value. Teams renders at most three suggested actions, and only in
/// personal chat: with more choices, <see cref="ListStyle.Auto"/> shows the list alone.
/// </summary>
public sealed class NumberedChoicePresenter : IChoicePresenter
{
    public const int MaxSuggestedActions = 3;

    public static NumberedChoicePresenter Instance { get; } = new();

    public IMessageActivity Present(ITurnContext turnContext, IMessageActivity question, IReadOnlyList<Choice> choices, ListStyle style)
    {
        if (style is ListStyle.Auto or ListStyle.List)
        {
            var list = string.Join("\n", choices.Select((choice, i) => $"{i + 1}. {choice.Display}"));
            question.Text = string.IsNullOrWhiteSpace(question.Text) ? list : $"{question.Text}\n\n{list}";
        }

        if (style == ListStyle.SuggestedActions || (style == ListStyle.Auto && choices.Count <= MaxSuggestedActions))
        {
            question.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(choice => new CardAction(ActionTypes.ImBack, title: choice.Display, value: choice.Value))],
            };
        }

        return question;
    }
}
