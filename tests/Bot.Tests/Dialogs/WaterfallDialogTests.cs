using Mednum49.Bot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using static Mednum49.Bot.Tests.Dialogs.SampleRegistrationDialog;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class WaterfallDialogTests
{
    /// <summary>Sunday 29 November 2026, 10:00 in Paris: the user's clock in these tests.</summary>
    public static readonly DateTimeOffset Sunday = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(1));

    public const string GroupPromptText = GroupQuestion + "\n\n1. Reconditionnement\n2. Accès aux droits\n3. Formation des aidants";

    private readonly DialogTestBot _bot = new(new MemoryStorage(), Create());

    [Fact]
    public async Task The_steps_run_in_order_and_the_last_one_sees_every_value()
    {
        await _bot.Flow(_bot.Adapter(localTime: Sunday))
            .Send("inscription").AssertReply(GroupPromptText)
            .Send("2").AssertReply(NoteQuestion)
            .Send("Je viendrai avec deux collègues").AssertReply(DateQuestion)
            .Send("jeudi prochain").AssertReply(reply => Assert.StartsWith(ConfirmQuestion("Accès aux droits", "2026-12-03"), reply.AsMessageActivity().Text))
            .Send("oui").AssertReply(Saved("Accès aux droits", "Je viendrai avec deux collègues", "2026-12-03"))
            .Send("bonjour").AssertReply(DialogTestBot.FreeTextPrefix + "bonjour")
            .StartTestAsync();

        var completed = Assert.Single(_bot.Results, r => r.Status == DialogTurnStatus.Complete);
        var values = Assert.IsType<Dictionary<string, object?>>(completed.Result);
        Assert.Equal("Accès aux droits", values["groupe"]);
        Assert.Equal("Je viendrai avec deux collègues", values["mot"]);
        Assert.Equal("2026-12-03", values["date"]);
        Assert.Equal(
            [DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Empty],
            _bot.Results.Select(r => r.Status));
    }

    [Fact]
    public async Task A_step_can_end_the_dialog_early_with_the_parent_deciding_what_to_say()
    {
        await _bot.Flow(_bot.Adapter(localTime: Sunday))
            .Send("inscription").AssertReply(GroupPromptText)
            .Send("recyclage").AssertReply(NoteQuestion)
            .Send("rien").AssertReply(DateQuestion)
            .Send("demain 14h").AssertReply(reply => Assert.StartsWith(ConfirmQuestion("Reconditionnement", "2026-11-30 14:00:00"), reply.AsMessageActivity().Text))
            .Send("non merci").AssertReply(NothingSaved)
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete), _bot.Results[^1]);
    }

    [Fact]
    public async Task A_step_can_skip_to_the_next_with_a_result_and_read_the_options()
    {
        var dialogs = new DialogSet(
        [
            new WaterfallDialog("compte",
            [
                (step, ct) => step.NextAsync((int)step.Options! * 2, ct),
                (step, ct) => step.NextAsync((int)step.Result! + 1, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"étape {step.Index} : {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]),
        ]);
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var runner = new DialogRunner(dialogs, state);
        DialogTurnResult? result = null;

        await new Microsoft.Bot.Builder.Adapters.TestFlow(new Microsoft.Bot.Builder.Adapters.TestAdapter(), async (turn, ct) =>
            {
                result = await runner.BeginAsync(turn, "compte", options: 20, ct);
                await state.SaveChangesAsync(turn, cancellationToken: ct);
            })
            .Send("go").AssertReply("étape 2 : 41")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 41), result);
    }

    [Fact]
    public async Task A_step_that_waits_without_a_prompt_gets_the_next_message_text()
    {
        var dialogs = new DialogSet(
        [
            new WaterfallDialog("écho",
            [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync("Dites quelque chose.", cancellationToken: ct);
                    return DialogTurnResult.Waiting;
                },
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Vous avez dit : {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                },
            ]),
        ]);
        var bot = new DialogTestBot(new MemoryStorage(), dialogs, startCommand: "écho", startDialog: "écho");

        await bot.Flow(bot.Adapter())
            .Send("écho").AssertReply("Dites quelque chose.")
            .Send("bonjour").AssertReply("Vous avez dit : bonjour")
            .StartTestAsync();
    }

    [Fact]
    public void A_waterfall_needs_steps_and_a_set_refuses_two_dialogs_with_one_id()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog("vide", []));
        Assert.Throws<InvalidOperationException>(() => new DialogSet([new Mednum49.Bot.Dialogs.Prompts.TextPrompt("x"), new Mednum49.Bot.Dialogs.Prompts.TextPrompt("x")]));
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_fails_loudly()
    {
        var bot = new DialogTestBot(new MemoryStorage(), new DialogSet(), startCommand: "go", startDialog: "inconnu");
        var adapter = bot.Adapter();
        adapter.OnTurnError = (turn, error) => turn.SendActivityAsync(error.GetType().Name);

        await bot.Flow(adapter).Send("go").AssertReply(nameof(InvalidOperationException)).StartTestAsync();
    }

    [Fact]
    public async Task A_card_button_click_answers_the_choice_prompt()
    {
        var adapter = _bot.Adapter(localTime: Sunday);
        var click = adapter.MakeActivity();
        click.Value = Newtonsoft.Json.Linq.JObject.Parse("""{"choice":"Formation des aidants"}""");

        await _bot.Flow(adapter)
            .Send("inscription").AssertReply(GroupPromptText)
            .Send(click).AssertReply(NoteQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task The_group_prompt_shows_its_choices_as_suggested_actions_that_send_their_value()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("inscription").AssertReply(reply =>
            {
                var actions = reply.AsMessageActivity().SuggestedActions.Actions;
                Assert.Equal(Groups.Select(g => g.Value), actions.Select(a => (string)a.Value));
                Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
            })
            .Send("Formation des aidants").AssertReply(NoteQuestion)
            .StartTestAsync();
    }
}
