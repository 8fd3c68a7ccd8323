using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using static Mednum49.Bot.Tests.Dialogs.SampleRegistrationDialog;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class InterruptionTests
{
    private readonly MemoryStorage _storage = new();
    private readonly DialogTestBot _bot;

    public InterruptionTests() => _bot = new DialogTestBot(_storage, Create());

    [Theory]
    [InlineData("aide", Interruption.Help)]
    [InlineData("Aide !", Interruption.Help)]
    [InlineData("aidez-moi svp", Interruption.Help)]
    [InlineData("help", Interruption.Help)]
    [InlineData("?", Interruption.Help)]
    [InlineData("annuler", Interruption.Cancel)]
    [InlineData("Annule", Interruption.Cancel)]
    [InlineData("stop", Interruption.Cancel)]
    [InlineData("laisse tomber", Interruption.Cancel)]
    [InlineData("Laissez tomber, merci", Interruption.Cancel)]
    [InlineData("abandonner", Interruption.Cancel)]
    [InlineData("arrête", Interruption.Cancel)]
    [InlineData("je ne veux pas annuler ma réunion", Interruption.None)]
    [InlineData("aide aux démarches", Interruption.None)]
    [InlineData("Qui porte l'action B.6 ?", Interruption.None)]
    [InlineData("", Interruption.None)]
    public void Only_a_message_that_is_just_the_command_interrupts(string text, Interruption expected)
    {
        Assert.Equal(expected, Interruptions.Recognize(text));
    }

    [Fact]
    public async Task Aide_in_the_middle_of_a_prompt_answers_and_asks_the_same_question_again()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("aide").AssertReply(GroupHelp).AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("?").AssertReply(GroupHelp).AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("la troisième").AssertReply(NoteQuestion)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, _bot.Results[1].Status);
    }

    [Fact]
    public async Task Asking_for_help_does_not_use_up_an_attempt()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("x").AssertReply(_ => { })
            .Send("aide").AssertReply(GroupHelp).AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("y").AssertReply(reply => Assert.DoesNotContain(DialogMessages.GaveUp, reply.AsMessageActivity().Text))
            .Send("recyclage").AssertReply(NoteQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_help_of_its_own_a_prompt_borrows_its_dialogs_help()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("1").AssertReply(NoteQuestion)
            .Send("aide").AssertReply(DialogHelp).AssertReply(NoteQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Without_any_help_in_the_stack_the_global_help_is_given()
    {
        var dialogs = new DialogSet(
        [
            new WaterfallDialog("nom", [(step, ct) => step.PromptAsync("nom.texte", new PromptOptions { Prompt = MessageFactory.Text("Votre nom ?") }, ct)]),
            new TextPrompt("nom.texte"),
        ]);
        var bot = new DialogTestBot(new MemoryStorage(), dialogs, startCommand: "nom", startDialog: "nom");

        await bot.Flow(bot.Adapter())
            .Send("nom").AssertReply("Votre nom ?")
            .Send("aide").AssertReply(DialogMessages.DefaultHelp).AssertReply("Votre nom ?")
            .StartTestAsync();
    }

    [Fact]
    public async Task Annuler_in_the_middle_of_a_prompt_cancels_everything_and_the_next_message_starts_fresh()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("2").AssertReply(NoteQuestion)
            .Send("annuler").AssertReply(DialogMessages.Cancelled)
            .Send("1").AssertReply(DialogTestBot.FreeTextPrefix + "1")
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, _bot.Results[2].Status);
        Assert.Equal(DialogTurnStatus.Empty, _bot.Results[3].Status);
    }

    [Fact]
    public async Task With_no_dialog_active_the_commands_are_left_to_the_bot()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("aide").AssertReply(DialogTestBot.FreeTextPrefix + "aide")
            .Send("annuler").AssertReply(DialogTestBot.FreeTextPrefix + "annuler")
            .StartTestAsync();

        Assert.All(_bot.Results, r => Assert.Equal(DialogTurnStatus.Empty, r.Status));
    }

    [Fact]
    public async Task Starting_a_dialog_while_another_is_active_replaces_it()
    {
        var stackSizes = new List<int>();

        await new Microsoft.Bot.Builder.Adapters.TestFlow(_bot.Adapter(), async (turn, ct) =>
            {
                await _bot.Runner.BeginAsync(turn, Id, cancellationToken: ct);
                stackSizes.Add((await _bot.Runner.CreateContextAsync(turn, ct)).Stack.Count);
                await _bot.ConversationState.SaveChangesAsync(turn, cancellationToken: ct);
            })
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .StartTestAsync();

        Assert.Equal([2, 2], stackSizes);
    }
}
