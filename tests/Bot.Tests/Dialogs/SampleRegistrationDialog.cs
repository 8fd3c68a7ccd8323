using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Tests.Dialogs;

/// <summary>
/// A small dialog built on the layer the way a feature would: register for a working-group meeting by choosing the
/// group, leaving a word, giving a date and confirming.
/// </summary>
public static class SampleRegistrationDialog
{
    public const string Id = "inscription";
    public const string GroupPrompt = "inscription.groupe";
    public const string NotePrompt = "inscription.mot";
    public const string DatePrompt = "inscription.date";
    public const string ConfirmPrompt = "inscription.confirmation";

    public const string GroupQuestion = "Pour quel groupe de travail ?";
    public const string GroupHelp = "Choisissez le groupe de travail dont vous voulez rejoindre la prochaine réunion.";
    public const string NoteQuestion = "Un mot pour le groupe ?";
    public const string DateQuestion = "Pour quelle date ?";
    public const string DialogHelp = "Je vous inscris à une réunion de groupe de travail.";
    public const string NoGroup = "Vous pourrez choisir un groupe plus tard.";
    public const string NothingSaved = "D'accord, je n'enregistre rien.";

    public static IReadOnlyList<Choice> Groups { get; } =
    [
        new("Reconditionnement", ["matériel reconditionné", "recyclage"]),
        new("Accès aux droits", ["démarches en ligne"]),
        new("Formation des aidants", ["aidants numériques"]),
    ];

    public static string Saved(string group, string note, string date) => $"C'est noté : {group} — {note} — {date}.";

    public static string ConfirmQuestion(string group, string date) => $"Je vous inscris : {group}, le {date}. C'est bon ?";

    public static DialogSet Create(TimeProvider? clock = null) => new(
    [
        new WaterfallDialog(Id,
        [
            (step, ct) => step.PromptAsync(GroupPrompt, new PromptOptions
            {
                Prompt = MessageFactory.Text(GroupQuestion),
                Help = MessageFactory.Text(GroupHelp),
                Choices = Groups,
            }, ct),
            async (step, ct) =>
            {
                if (step.GaveUp)
                {
                    await step.Context.SendActivityAsync(NoGroup, cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                }

                step.Values["groupe"] = ((FoundChoice)step.Result!).Value;
                return await step.PromptAsync(NotePrompt, new PromptOptions { Prompt = MessageFactory.Text(NoteQuestion) }, ct);
            },
            (step, ct) =>
            {
                step.Values["mot"] = (string)step.Result!;
                return step.PromptAsync(DatePrompt, new PromptOptions { Prompt = MessageFactory.Text(DateQuestion) }, ct);
            },
            (step, ct) =>
            {
                var best = ((IReadOnlyList<DateTimeResolution>)step.Result!)[0];
                step.Values["date"] = best.Value ?? best.Start;
                var question = ConfirmQuestion((string)step.Values["groupe"]!, (string)step.Values["date"]!);
                return step.PromptAsync(ConfirmPrompt, new PromptOptions { Prompt = MessageFactory.Text(question) }, ct);
            },
            async (step, ct) =>
            {
                if (step.Result is not true)
                {
                    await step.Context.SendActivityAsync(NothingSaved, cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                }

                await step.Context.SendActivityAsync(Saved((string)step.Values["groupe"]!, (string)step.Values["mot"]!, (string)step.Values["date"]!), cancellationToken: ct);
                return await step.EndDialogAsync(new Dictionary<string, object?>(step.Values), ct);
            },
        ])
        {
            HelpText = DialogHelp,
        },
        new ChoicePrompt(GroupPrompt),
        new TextPrompt(NotePrompt),
        new DateTimePrompt(DatePrompt, clock: clock),
        new ConfirmPrompt(ConfirmPrompt),
    ]);
}
