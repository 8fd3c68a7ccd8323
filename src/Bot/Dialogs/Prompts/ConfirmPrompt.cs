using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>Asks a yes/no question (shown with "1. Oui / 2. Non" and buttons) and ends with a bool. See <see cref="ConfirmRecognizer"/>.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null, IChoicePresenter? presenter = null)
    : Prompt<bool>(id, validator)
{
    private readonly IChoicePresenter _presenter = presenter ?? NumberedChoicePresenter.Instance;

    protected override string DefaultRetryText => "Répondez par « oui » ou par « non », s'il vous plaît.";

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(_presenter.Present(turnContext, QuestionFor(options, isRetry), ConfirmRecognizer.Choices, options.Style), cancellationToken);

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = ConfirmRecognizer.Recognize(DialogText.Of(turnContext), turnContext.Activity.Value);
        return Task.FromResult(answer is { } yes ? PromptRecognizerResult<bool>.Of(yes) : PromptRecognizerResult<bool>.Failed);
    }
}
