using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Files a note one question at a time, on every channel: the group (skipped when the request already named it), the
/// text, an optional date, then a summary and a confirmation. Saved only on "oui", with the confirming message as the
/// idempotency key (a channel's retry of that message saves nothing more), and only then confirmed with the
/// reference. "annuler" at any step, "non" at the end, or too many answers not understood: nothing is saved.
/// Options: the id of a group to preselect, or null.
/// </summary>
public sealed class NoteSubmitDialog : WaterfallDialog
{
    public const string DialogId = "note.submit";
    public const string GroupPrompt = "note.group";
    public const string TextPrompt = "note.text";
    public const string DatePrompt = "note.date";
    public const string ConfirmPrompt = "note.confirm";

    private const string GroupKey = "group";
    private const string TextKey = "text";
    private const string DateKey = "date";

    public NoteSubmitDialog(NoteGroupChoices groups, NoteRules rules, NoteSubmitter submitter)
        : base(DialogId, Steps(groups, rules, submitter))
    {
        HelpText = NoteTexts.DialogHelp;
    }

    /// <summary>The prompts this dialog asks with (register them with it).</summary>
    public static IEnumerable<Dialog> Prompts(TimeProvider clock) =>
    [
        new ChoicePrompt(GroupPrompt, presenter: NoteChoicePresenter.Instance),
        new Dialogs.Prompts.TextPrompt(TextPrompt, ValidateTextAsync),
        new NoteDatePrompt(DatePrompt, ValidateDateAsync, clock),
        new Dialogs.Prompts.ConfirmPrompt(ConfirmPrompt, presenter: NoteChoicePresenter.Instance),
    ];

    /// <summary>Empty text never reaches here (the prompt asks again); too long gets the limit and the length.</summary>
    public static async Task<bool> ValidateTextAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (NoteRules.CheckText(prompt.Recognized.Value) is { } error)
        {
            await prompt.Context.SendActivityAsync(error, cancellationToken: cancellationToken);
            return false;
        }

        return true;
    }

    private static async Task<bool> ValidateDateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(prompt.Recognized.Value) || NoteRules.TryParseDate(prompt.Recognized.Value, out _, out _))
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(NoteRules.DateOutOfRange(), cancellationToken: cancellationToken);
        return false;
    }

    private static IEnumerable<WaterfallStep> Steps(NoteGroupChoices groups, NoteRules rules, NoteSubmitter submitter) =>
    [
        (step, ct) => step.Options is string preselected && groups.Find(preselected) is { } group
            ? step.NextAsync(group.Id, ct)
            : step.PromptAsync(GroupPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.GroupQuestion),
                RetryPrompt = MessageFactory.Text(NoteTexts.GroupRetry),
                Help = MessageFactory.Text(NoteTexts.GroupHelp),
                Choices = groups.Choices(),
            }, ct),

        async (step, ct) =>
        {
            var groupId = step.Result switch
            {
                FoundChoice choice => choice.Value,
                string id => id,
                _ => null,
            };
            if (groups.Find(groupId) is not { } group)
            {
                return await NothingSavedAsync(step, ct);
            }

            step.Values[GroupKey] = group.Id;
            return await step.PromptAsync(TextPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.TextQuestion(group)),
                RetryPrompt = MessageFactory.Text(NoteRules.TextMissing),
                Help = MessageFactory.Text(NoteTexts.TextHelp),
                // Room to shorten a long text more than once.
                MaxAttempts = 5,
            }, ct);
        },

        async (step, ct) =>
        {
            if (step.Result is not string text)
            {
                return await NothingSavedAsync(step, ct);
            }

            step.Values[TextKey] = NoteRules.CleanText(text);
            return await step.PromptAsync(DatePrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.DateQuestion),
                Help = MessageFactory.Text(NoteTexts.DateHelp),
            }, ct);
        },

        async (step, ct) =>
        {
            if (step.Result is not string date)
            {
                return await NothingSavedAsync(step, ct);
            }

            step.Values[DateKey] = date;
            var group = groups.Find(StateString(step, GroupKey))!;
            await step.Context.SendActivityAsync(Summary(group, StateString(step, TextKey)!, date).For(ChannelCapabilities.Of(step.Context.Activity)), ct);
            return await step.PromptAsync(ConfirmPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(NoteTexts.ConfirmQuestion),
                Help = MessageFactory.Text(NoteTexts.ConfirmHelp),
            }, ct);
        },

        async (step, ct) =>
        {
            if (step.Result is not true)
            {
                return await NothingSavedAsync(step, ct);
            }

            // Checked again as a whole: the knowledge base may have been reloaded since the group was chosen.
            var validation = rules.Validate(new NoteSubmission(StateString(step, GroupKey), StateString(step, TextKey), StateString(step, DateKey)));
            if (!validation.IsValid)
            {
                await step.Context.SendActivityAsync(string.Join("\n\n", validation.Errors.Values) + "\n\n" + NoteTexts.NotSaved, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            }

            var activity = step.Context.Activity;
            var conversationId = activity.Conversation?.Id ?? "unknown";
            var key = NoteIdempotencyKey.ForActivity(activity.ChannelId ?? "unknown", conversationId, activity.Id ?? Guid.NewGuid().ToString("N"));
            var added = await submitter.SaveAsync(validation.ToDraft(NoteUser.From(activity), conversationId), key, ct);
            await NoteSubmitter.SendConfirmationAsync(step.Context, added.Note, validation.Group!, ct);
            await submitter.NotifyAsync(added, ct);
            return await step.EndDialogAsync(added.Note.Reference, ct);
        },
    ];

    /// <summary>What the user is asked to confirm: the group, the date in words, and the text exactly as it will be saved.</summary>
    public static NoteReply Summary(WorkingGroup group, string text, string? isoDate)
    {
        var reply = new NoteReply().Heading(NoteTexts.Summary).Subtle($"Groupe : {group.Title}");
        if (NoteRules.TryParseDate(isoDate, out var date, out _) && date is { } day)
        {
            reply.Subtle(NoteTexts.ReferenceDateLine(day));
        }

        return reply.UserText(text).WithSummary(NoteTexts.Summary);
    }

    private static string? StateString(WaterfallStepContext step, string key) =>
        step.Values.TryGetValue(key, out var value) ? value?.ToString() : null;

    private static async Task<DialogTurnResult> NothingSavedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(NoteTexts.NotSaved, cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
