using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// How a prompt shows its choices: numbered text with suggested actions by default (<see cref="NumberedChoicePresenter"/>),
/// or a card. A card's buttons answer with <see cref="ChoiceRecognizer.CardValueProperty"/> in their data.
/// </summary>
public interface IChoicePresenter
{
    /// <param name="question">A fresh copy of the question, which the presenter may change and return.</param>
    IMessageActivity Present(ITurnContext turnContext, IMessageActivity question, IReadOnlyList<Choice> choices, ListStyle style);
}
