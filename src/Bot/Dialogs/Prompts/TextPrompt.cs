using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>Asks for free text; any non-blank message is an answer (trimmed, without the bot's @mention).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override string DefaultRetryText => "Je n'ai pas reçu de texte.";

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogText.Of(turnContext);
        return Task.FromResult(text.Length > 0 ? PromptRecognizerResult<string>.Of(text) : PromptRecognizerResult<string>.Failed);
    }
}
