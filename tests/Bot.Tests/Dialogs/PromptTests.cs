using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using static Mednum49.Bot.Tests.Dialogs.SampleRegistrationDialog;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class PromptTests
{
    private const string ChoiceRetry = "Je n'ai pas reconnu votre choix. Répondez par le numéro ou le nom d'une des propositions.";

    /// <summary>A one-prompt dialog whose result the bot echoes: "résultat : …".</summary>
    private static DialogTestBot OnePrompt(Dialog prompt, PromptOptions options)
    {
        var dialogs = new DialogSet(
        [
            new WaterfallDialog("demande",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    var said = step.Result switch
                    {
                        PromptGaveUp gaveUp => $"abandon après {gaveUp.Attempts} essais",
                        FoundChoice choice => choice.Value,
                        IReadOnlyList<DateTimeResolution> dates => dates[0].Value ?? dates[0].Start,
                        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
                    };
                    await step.Context.SendActivityAsync($"résultat : {said}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]),
            prompt,
        ]);
        return new DialogTestBot(new MemoryStorage(), dialogs, startCommand: "go", startDialog: "demande");
    }

    [Fact]
    public async Task A_text_prompt_accepts_any_text_and_asks_again_after_an_empty_message()
    {
        var bot = OnePrompt(new TextPrompt("texte"), new PromptOptions { Prompt = MessageFactory.Text("Votre message ?") });
        var adapter = bot.Adapter();
        var emptyClick = adapter.MakeActivity();
        emptyClick.Value = new { autre = 1 };

        await bot.Flow(adapter)
            .Send("go").AssertReply("Votre message ?")
            .Send(emptyClick).AssertReply("Je n'ai pas reçu de texte.\n\nVotre message ?")
            .Send("  Rendez-vous à Cholet  ").AssertReply("résultat : Rendez-vous à Cholet")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_can_reject_an_answer_and_the_retry_prompt_is_sent()
    {
        var prompt = new TextPrompt("titre", (p, _) => Task.FromResult(p.Recognized.Value!.Length <= int.Parse(p.Options.Validations!["max"], System.Globalization.CultureInfo.InvariantCulture)));
        var bot = OnePrompt(prompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Un titre court ?"),
            RetryPrompt = MessageFactory.Text("Dix caractères au plus, s'il vous plaît."),
            Validations = new Dictionary<string, string> { ["max"] = "10" },
        });

        await bot.Flow(bot.Adapter())
            .Send("go").AssertReply("Un titre court ?")
            .Send("Un titre beaucoup trop long").AssertReply("Dix caractères au plus, s'il vous plaît.")
            .Send("Réunion").AssertReply("résultat : Réunion")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_validator_that_explains_the_problem_replaces_the_retry_prompt()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("titre", async (p, ct) =>
        {
            attempts.Add(p.AttemptCount);
            if (p.Recognized.Value!.Contains('@'))
            {
                await p.Context.SendActivityAsync("Pas d'adresse e-mail dans le titre, s'il vous plaît.", cancellationToken: ct);
                return false;
            }

            return true;
        });
        var bot = OnePrompt(prompt, new PromptOptions { Prompt = MessageFactory.Text("Un titre ?") });

        await bot.Flow(bot.Adapter())
            .Send("go").AssertReply("Un titre ?")
            .Send("a@b.fr").AssertReply("Pas d'adresse e-mail dans le titre, s'il vous plaît.")
            .Send("Atelier").AssertReply("résultat : Atelier")
            .StartTestAsync();

        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task After_the_last_attempt_the_prompt_gives_up_politely_and_the_parent_decides()
    {
        var bot = OnePrompt(new ChoicePrompt("groupe"), new PromptOptions { Prompt = MessageFactory.Text("Quel groupe ?"), Choices = Groups, Style = ListStyle.None });

        await bot.Flow(bot.Adapter())
            .Send("go").AssertReply("Quel groupe ?")
            .Send("la piscine").AssertReply(ChoiceRetry + "\n\nQuel groupe ?")
            .Send("le cinéma").AssertReply(ChoiceRetry + "\n\nQuel groupe ?")
            .Send("la plage").AssertReply(DialogMessages.GaveUp)
            .AssertReply("résultat : abandon après 3 essais")
            .Send("bonjour").AssertReply(DialogTestBot.FreeTextPrefix + "bonjour")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_sample_dialog_stops_politely_when_no_group_is_understood()
    {
        var bot = new DialogTestBot(new MemoryStorage(), Create());

        await bot.Flow(bot.Adapter())
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("?!").AssertReply(reply => Assert.StartsWith(ChoiceRetry, reply.AsMessageActivity().Text))
            .Send("le groupe").AssertReply(reply => Assert.StartsWith(ChoiceRetry, reply.AsMessageActivity().Text))
            .Send("5").AssertReply(DialogMessages.GaveUp).AssertReply(NoGroup)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, bot.Results[^1].Status);
    }

    [Fact]
    public async Task The_number_of_attempts_can_be_set_per_question()
    {
        var bot = OnePrompt(new ConfirmPrompt("ok"), new PromptOptions { Prompt = MessageFactory.Text("On continue ?"), MaxAttempts = 1, Style = ListStyle.None });

        await bot.Flow(bot.Adapter())
            .Send("go").AssertReply("On continue ?")
            .Send("peut-être").AssertReply(DialogMessages.GaveUp).AssertReply("résultat : abandon après 1 essais")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_confirm_prompt_shows_oui_and_non_and_understands_french()
    {
        var bot = OnePrompt(new ConfirmPrompt("ok"), new PromptOptions { Prompt = MessageFactory.Text("On enregistre ?") });

        await bot.Flow(bot.Adapter())
            .Send("go").AssertReply(reply =>
            {
                Assert.Equal("On enregistre ?\n\n1. Oui\n2. Non", reply.AsMessageActivity().Text);
                Assert.Equal(["Oui", "Non"], reply.AsMessageActivity().SuggestedActions.Actions.Select(a => (string)a.Value));
            })
            .Send("bof").AssertReply("Répondez par « oui » ou par « non », s'il vous plaît.\n\nOn enregistre ?\n\n1. Oui\n2. Non")
            .Send("D'accord").AssertReply("résultat : True")
            .StartTestAsync();
    }

    [Fact]
    public async Task More_choices_than_teams_shows_as_buttons_are_listed_without_suggested_actions()
    {
        IReadOnlyList<Choice> four = [.. Groups, new Choice("Communication")];
        var bot = OnePrompt(new ChoicePrompt("groupe"), new PromptOptions { Prompt = MessageFactory.Text("Quel groupe ?"), Choices = four });

        await bot.Flow(bot.Adapter())
            .Send("go").AssertReply(reply =>
            {
                Assert.EndsWith("\n4. Communication", reply.AsMessageActivity().Text);
                Assert.Null(reply.AsMessageActivity().SuggestedActions);
            })
            .Send("la quatrième").AssertReply("résultat : Communication")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_custom_presenter_shows_the_choices_as_a_card_whose_button_answers()
    {
        var bot = OnePrompt(new ChoicePrompt("groupe", presenter: new CardPresenter()), new PromptOptions { Prompt = MessageFactory.Text("Quel groupe ?"), Choices = Groups });
        var adapter = bot.Adapter();
        var click = adapter.MakeActivity();
        click.Value = Newtonsoft.Json.Linq.JObject.Parse("""{"choice":"Accès aux droits"}""");

        await bot.Flow(adapter)
            .Send("go").AssertReply(reply =>
            {
                Assert.Equal("Quel groupe ?", reply.AsMessageActivity().Text);
                Assert.Equal("3 boutons", Assert.Single(reply.AsMessageActivity().Attachments).Name);
            })
            .Send("la piscine").AssertReply(reply => Assert.Equal("3 boutons", Assert.Single(reply.AsMessageActivity().Attachments).Name))
            .Send(click).AssertReply("résultat : Accès aux droits")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_date_prompt_uses_the_users_local_time_as_now()
    {
        var bot = OnePrompt(new DateTimePrompt("quand"), new PromptOptions { Prompt = MessageFactory.Text("Quand ?") });

        await bot.Flow(bot.Adapter(localTime: WaterfallDialogTests.Sunday))
            .Send("go").AssertReply("Quand ?")
            .Send("en mars").AssertReply("Je n'ai pas reconnu de date. Essayez par exemple « jeudi prochain », « demain 14h » ou « le 3 décembre ».\n\nQuand ?")
            .Send("le 3 décembre").AssertReply("résultat : 2026-12-03")
            .StartTestAsync();
    }

    [Fact]
    public void Without_a_local_timestamp_now_is_the_time_in_paris()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 7, 14, 22, 30, 0, TimeSpan.Zero));
        var prompt = new DateTimePrompt("quand", clock: clock);
        var withoutLocalTime = new Activity(ActivityTypes.Message) { Text = "demain" };
        var withLocalTime = new Activity(ActivityTypes.Message) { Text = "demain", LocalTimestamp = new DateTimeOffset(2026, 7, 14, 18, 30, 0, TimeSpan.FromHours(-4)) };

        // 22:30 UTC in July is 00:30 the next day in Paris (summer time): "demain" is then the 16th.
        Assert.Equal(new DateTime(2026, 7, 15, 0, 30, 0), prompt.ReferenceTime(new TurnContext(new TestAdapter(), withoutLocalTime)));
        Assert.Equal(new DateTime(2026, 7, 14, 18, 30, 0), prompt.ReferenceTime(new TurnContext(new TestAdapter(), withLocalTime)));
    }

    [Fact]
    public async Task The_bots_mention_is_not_part_of_the_answer()
    {
        var bot = OnePrompt(new ChoicePrompt("groupe"), new PromptOptions { Prompt = MessageFactory.Text("Quel groupe ?"), Choices = Groups, Style = ListStyle.None });
        var adapter = bot.Adapter();
        var inChannel = adapter.MakeActivity("<at>Mednum49</at> la deuxième");
        inChannel.Entities = [new Mention(adapter.Conversation.Bot, "<at>Mednum49</at>")];

        await bot.Flow(adapter)
            .Send("go").AssertReply("Quel groupe ?")
            .Send(inChannel).AssertReply("résultat : Accès aux droits")
            .StartTestAsync();
    }

    private sealed class CardPresenter : IChoicePresenter
    {
        public IMessageActivity Present(ITurnContext turnContext, IMessageActivity question, IReadOnlyList<Choice> choices, ListStyle style)
        {
            question.Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", name: $"{choices.Count} boutons")];
            return question;
        }
    }
}
