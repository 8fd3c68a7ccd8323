using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the answer. Each reply is recognised, then validated; a reply that fails gets the
/// retry prompt, and after <see cref="PromptOptions.MaxAttempts"/> replies the prompt says politely that it gives up
/// and ends with <see cref="PromptGaveUp"/>, for the parent to decide. Only messages count as replies.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    /// <summary>Put before the question when a reply was not understood and there is no <see cref="PromptOptions.RetryPrompt"/>.</summary>
    protected abstract string DefaultRetryText { get; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"The prompt '{Id}' needs PromptOptions.", nameof(options));
        }

        if (promptOptions.MaxAttempts < 1)
        {
            throw new ArgumentException($"The prompt '{Id}' needs at least one attempt.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = PromptOptionsJson.Serialize(promptOptions);
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, ReadOptions(dc.ActiveDialog), isRetry: false, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return DialogTurnResult.Waiting;
        }

        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var attempts = StateValues.GetInt(instance.State, AttemptsKey) + 1;
        instance.State[AttemptsKey] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var validatorSpoke = false;
        var valid = recognized.Succeeded;
        if (valid && validator is not null)
        {
            // A validator that explains the problem itself replaces the retry prompt.
            dc.Context.OnSendActivities(async (_, activities, next) =>
            {
                validatorSpoke |= activities.Any(a => a.Type == ActivityTypes.Message);
                return await next();
            });
            valid = await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        }

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attempts >= options.MaxAttempts)
        {
            await dc.Context.SendActivityAsync(MessageFactory.Text(DialogMessages.GaveUp), cancellationToken);
            return await dc.EndDialogAsync(new PromptGaveUp(Id, attempts), cancellationToken);
        }

        if (!validatorSpoke)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }

        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, ReadOptions(instance), isRetry: false, cancellationToken);

    /// <summary>The question's own help (<see cref="PromptOptions.Help"/>), else this prompt's <see cref="Dialog.HelpText"/>.</summary>
    public override IMessageActivity? GetHelp(ITurnContext turnContext, DialogInstance instance) =>
        ReadOptions(instance).Help ?? base.GetHelp(turnContext, instance);

    /// <summary>Sends the question, or on a retry the retry prompt (default: <see cref="DefaultRetryText"/> then the question).</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(QuestionFor(options, isRetry), cancellationToken);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The activity to send: the question, the retry prompt, or the question with the default retry text before it.</summary>
    protected IMessageActivity QuestionFor(PromptOptions options, bool isRetry)
    {
        if (isRetry && options.RetryPrompt is { } retry)
        {
            return retry;
        }

        var question = options.Prompt ?? MessageFactory.Text("");
        if (isRetry)
        {
            question.Text = string.IsNullOrWhiteSpace(question.Text) ? DefaultRetryText : $"{DefaultRetryText}\n\n{question.Text}";
        }

        return question;
    }

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        PromptOptionsJson.Deserialize(StateValues.GetString(instance.State, OptionsKey));
}
