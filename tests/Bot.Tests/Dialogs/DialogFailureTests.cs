using Mednum49.Bot.Adapters;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Tests.Dialogs;

public sealed class DialogFailureTests
{
    [Fact]
    public async Task An_exception_in_a_step_apologises_and_clears_only_that_conversations_dialog()
    {
        var storage = new MemoryStorage();
        var dialogs = new DialogSet(
        [
            new WaterfallDialog("fragile",
            [
                (step, ct) => step.PromptAsync("fragile.texte", new PromptOptions { Prompt = MessageFactory.Text("Un mot ?") }, ct),
                async (step, ct) =>
                {
                    if ((string)step.Result! == "boum")
                    {
                        throw new InvalidOperationException("step failed");
                    }

                    await step.Context.SendActivityAsync($"Merci pour « {step.Result} ».", cancellationToken: ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                },
            ]),
            new TextPrompt("fragile.texte"),
        ]);
        var bot = new DialogTestBot(storage, dialogs, startCommand: "mot", startDialog: "fragile");
        var alice = bot.Adapter("alice");
        var bruno = bot.Adapter("bruno");

        await bot.Flow(alice).Send("mot").AssertReply("Un mot ?").StartTestAsync();
        await bot.Flow(bruno)
            .Send("mot").AssertReply("Un mot ?")
            .Send("boum").AssertReply(TurnErrorHandler.Apology)
            .StartTestAsync();

        var stored = await storage.ReadAsync(["test/conversations/alice", "test/conversations/bruno"], CancellationToken.None);
        Assert.Equal(["test/conversations/alice"], stored.Keys);
        await bot.Flow(bruno).Send("encore").AssertReply(DialogTestBot.FreeTextPrefix + "encore").StartTestAsync();
        await bot.Flow(alice).Send("bonjour").AssertReply("Merci pour « bonjour ».").StartTestAsync();
    }
}
