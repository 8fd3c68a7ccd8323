using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Questions;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Commands;

/// <summary>
/// Asks for a territory: one of the choices (a card click, the number, an ordinal, the name or an alias, as
/// <see cref="ChoiceRecognizer"/> reads them, with the rule of <see cref="ChoiceReplies"/>), or else the name of a commune or a bassin typed as text, which the
/// engine will look up. Ends with the name. A question ("?"), another command or a text without a letter is not a name.
/// </summary>
public sealed class TerritoryPrompt(IChoicePresenter presenter) : Prompt<string>(DialogId)
{
    public const string DialogId = "command-territoire-prompt";

    protected override string DefaultRetryText => CommandMessages.TerritoryRetry;

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(presenter.Present(turnContext, QuestionFor(options, isRetry), options.Choices, options.Style), cancellationToken);

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogText.Of(turnContext);
        if (ChoiceRecognizer.Recognize(text, turnContext.Activity.Value, options.Choices) is { } found && ChoiceReplies.Accepts(found, text))
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(found.Value));
        }

        var name = CommandText.ArgumentOf(text, TerritoryCommand.Word, TerritoryCommand.Aliases);
        var isName = name.Length is > 0 and <= CommandText.MaxArgumentLength
            && !name.Contains('?', StringComparison.Ordinal)
            && !CommandText.StartsWithOtherCommand(text, TerritoryCommand.Word)
            && name.Any(char.IsLetter);
        return Task.FromResult(isName ? PromptRecognizerResult<string>.Of(name) : PromptRecognizerResult<string>.Failed);
    }
}
