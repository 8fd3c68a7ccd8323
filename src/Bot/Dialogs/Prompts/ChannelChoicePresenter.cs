using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Shows a prompt's choices as the channel can: a <see cref="ChoiceCard"/> whose buttons answer the prompt
/// (<see cref="CardActions.PromptAnswer"/>: <c>{"choice": value}</c>, which <see cref="ChoiceRecognizer"/> reads) where
/// cards render, else numbered lines to answer with the number or the name (<see cref="ReplyFactory.Choice"/>).
/// <see cref="ListStyle.None"/> sends the question as given; <see cref="ListStyle.SuggestedActions"/> is left to
/// <see cref="NumberedChoicePresenter"/>.
/// </summary>
public sealed class ChannelChoicePresenter : IChoicePresenter
{
    /// <summary>Shown above the choices when the prompt has no question text.</summary>
    public const string DefaultQuestion = "Choisissez une réponse :";

    public IMessageActivity Present(ITurnContext turnContext, IMessageActivity question, IReadOnlyList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(question);
        switch (style)
        {
            case ListStyle.None:
                return question;
            case ListStyle.SuggestedActions:
                return NumberedChoicePresenter.Instance.Present(turnContext, question, choices, style);
        }

        var text = string.IsNullOrWhiteSpace(question.Text) ? DefaultQuestion : question.Text;
        return ReplyFactory.Choice(
            text,
            choices.Select(choice => new AnswerChoice(choice.Display, choice.Value)),
            ChannelCapabilities.Of(turnContext.Activity),
            answersPrompt: true);
    }
}
