using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests;

public sealed class MednumBotTests
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly MemoryStorage _storage = new();

    private MednumBot Bot() => TestBots.Create(_answers.Object, _storage);

    [Fact]
    public async Task A_question_is_answered_with_the_rendered_answer_of_the_knowledge_base()
    {
        var answer = new Answer
        {
            Question = "qui porte B.6",
            Found = true,
            Title = "Action B.6",
            Facts = [new AnswerFact("Portée par le Département de Maine-et-Loire.")],
            Sources = [new AnswerSource("action:B.6", "V. Stratégie opérationnelle — axe B")],
        };
        _answers.Setup(a => a.AskAsync("qui porte B.6", It.IsAny<CancellationToken>())).ReturnsAsync(answer);

        // The test adapter's channel shows no cards: the answer comes as plain text.
        await new TestFlow(new TestAdapter(), Bot())
            .Send("qui porte B.6")
            .AssertReply("Action B.6\n- Portée par le Département de Maine-et-Loire.\nSource : V. Stratégie opérationnelle — axe B")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_bot_mention_is_removed_before_the_question_is_understood()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Title = $"« {q} »" });
        var adapter = new TestAdapter(TestAdapter.CreateConversation("mention"));
        var message = adapter.MakeActivity("<at>Mednum49</at> qui s'occupe du Bocage ?");
        // As Teams sends it: a "mention" entity naming the bot, and a malformed one naming nobody (tolerated).
        message.Entities =
        [
            new Entity("mention") { Properties = JObject.Parse($$"""{"mentioned":{"id":"{{adapter.Conversation.Bot.Id}}","name":"Mednum49"},"text":"<at>Mednum49</at>"}""") },
            new Entity("mention") { Properties = JObject.Parse("""{"text":"<at>?</at>"}""") },
        ];

        await new TestFlow(adapter, Bot())
            .Send(message)
            .AssertReply("« qui s'occupe du Bocage ? »")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_empty_message_gets_a_polite_hint_and_no_question_is_asked()
    {
        await new TestFlow(new TestAdapter(), Bot())
            .Send("   ")
            .AssertReply(Mednum49.Bot.Questions.QuestionAnswerer.EmptyMessage)
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}

public sealed class MednumBotRoutingTests
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly MemoryStorage _storage = new();

    public MednumBotRoutingTests() =>
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Title = $"Réponse à « {q} »" });

    private sealed class EchoCommand(string word) : ICommandHandler
    {
        public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
        {
            if (!turn.Text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            await turn.Context.SendActivityAsync($"commande {word} : {turn.Text[word.Length..].Trim()}", cancellationToken: cancellationToken);
            return true;
        }
    }

    [Fact]
    public async Task A_command_is_handled_by_the_first_handler_that_accepts_it_and_is_not_asked_as_a_question()
    {
        var bot = TestBots.Create(_answers.Object, _storage, [new EchoCommand("territoire"), new EchoCommand("terr")]);

        await new TestFlow(new TestAdapter(), bot)
            .Send("territoire Candé")
            .AssertReply("commande territoire : Candé")
            .Send("Qui porte B.6 ?")
            .AssertReply("Réponse à « Qui porte B.6 ? »")
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync("territoire Candé", It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_active_dialog_gets_the_turn_before_commands_and_questions()
    {
        var askName = new WaterfallDialog("ask-name",
        [
            async (step, ct) => await step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("Votre nom ?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Merci {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);
        var bot = TestBots.Create(_answers.Object, _storage,
            runner => [new StartDialogCommand(runner), new EchoCommand("territoire")], [askName, new TextPrompt("name")]);

        await new TestFlow(new TestAdapter(), bot)
            .Send("commencer")
            .AssertReply("Votre nom ?")
            .Send("territoire Candé")
            .AssertReply("Merci territoire Candé")
            .Send("territoire Candé")
            .AssertReply("commande territoire : Candé")
            .StartTestAsync();
    }

    private sealed class StartDialogCommand(DialogRunner runner) : ICommandHandler
    {
        public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
        {
            if (turn.Text != "commencer")
            {
                return false;
            }

            await runner.BeginAsync(turn.Context, "ask-name", cancellationToken: cancellationToken);
            return true;
        }
    }
}
