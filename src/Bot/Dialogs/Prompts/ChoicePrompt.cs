using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/> and ends with a <see cref="FoundChoice"/>. Recognition:
/// <see cref="ChoiceRecognizer"/> (a card click, the value or a synonym, words, "la deuxième", "2").
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null, IChoicePresenter? presenter = null)
    : Prompt<FoundChoice>(id, validator)
{
    private readonly IChoicePresenter _presenter = presenter ?? NumberedChoicePresenter.Instance;

    protected override string DefaultRetryText => "Je n'ai pas reconnu votre choix. Répondez par le numéro ou le nom d'une des propositions.";

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(_presenter.Present(turnContext, QuestionFor(options, isRetry), options.Choices, options.Style), cancellationToken);

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(DialogText.Of(turnContext), turnContext.Activity.Value, options.Choices);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found));
    }
}
