using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json.Linq;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Questions;

/// <summary>
/// Ambiguous questions and buttons: the answer's choices are buttons where cards render and a numbered list elsewhere;
/// a click, a number, an ordinal or a name continues as if the user had typed the choice's query.
/// </summary>
public sealed class ClarificationTests : IDisposable
{
    private const string AmbiguousQuestion = "centre social";

    private readonly Mock<IAnswerService> _answers = new();
    private readonly TempDatabase _database = new();
    private readonly ConversationHost _host;

    public ClarificationTests()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Found = true, Title = Answered(q) });
        _answers.Setup(a => a.AskAsync(AmbiguousQuestion, It.IsAny<CancellationToken>())).ReturnsAsync(SampleAnswers.Ambiguous());
        _host = new ConversationHost(_answers.Object, _database.Path);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    private static IReadOnlyList<AnswerChoice> Choices => SampleAnswers.Ambiguous().Choices;

    private static string Answered(string question) => $"Réponse à « {question} »";

    private static string AmbiguousText => AnswerTextReply.Render(AnswerContent.From(SampleAnswers.Ambiguous()), TextMarkup.Plain);

    [Theory]
    [InlineData("2", 1)]
    [InlineData("la deuxième", 1)]
    [InlineData("Ocsigène", 2)]
    [InlineData("le premier", 0)]
    public async Task On_a_text_channel_a_number_an_ordinal_or_a_name_answers_the_previous_choices(string reply, int index)
    {
        await _host.Flow(_host.Adapter())
            .Send(AmbiguousQuestion).AssertReply(AssertWelcome).AssertReply(AmbiguousText)
            .Send(reply).AssertReply(Answered(Choices[index].Query))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_choices_hold_for_the_next_message_only()
    {
        await _host.Flow(_host.Adapter())
            .Send(AmbiguousQuestion).AssertReply(AssertWelcome).AssertReply(AmbiguousText)
            .Send("Qui porte l'action B.6 ?").AssertReply(Answered("Qui porte l'action B.6 ?"))
            .Send("2").AssertReply(Answered("2"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_command_in_place_of_a_choice_is_the_command()
    {
        await _host.Flow(_host.Adapter())
            .Send(AmbiguousQuestion).AssertReply(AssertWelcome).AssertReply(AmbiguousText)
            .Send("groupes").AssertReply(Answered(GroupsCommand.Question))
            .Send("1").AssertReply(Answered("1"))
            .StartTestAsync();
    }

    [Fact]
    public async Task In_Web_Chat_the_choices_are_buttons_and_a_click_asks_the_choice_as_if_typed()
    {
        var adapter = _host.Adapter(TeamsActivities.Emulator());
        JObject? card = null;

        await _host.Flow(adapter)
            .Send(AmbiguousQuestion).AssertReply(AssertWelcome)
            .AssertReply(reply =>
            {
                card = CardOf(reply);
                Assert.NotNull(card);
                Assert.Equal(Choices.Select(c => c.Label), CardJson.Buttons(card).Select(b => (string)b["title"]!));
            })
            .StartTestAsync();

        // Web Chat sends a submit as an empty message whose value is the button's data.
        var click = adapter.MakeActivity();
        click.Text = "";
        click.Value = CardJson.Buttons(card!)[1]["data"]!.DeepClone();

        await _host.Flow(adapter)
            .Send(click).AssertReply(reply => Assert.Equal(Answered(Choices[1].Query), CardOf(reply)!["fallbackText"]!.ToString()))
            .StartTestAsync();
    }

    [Fact]
    public async Task In_a_Teams_thread_a_messageBack_click_is_asked_once_as_the_choices_query()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsChannelThread());
        var button = CardActions.Submit(Choices[0]);
        // Teams posts the button's label in the thread and sends the bot the query as text, msteams.value as value.
        var click = adapter.MakeActivity((string)button["data"]!["msteams"]!["text"]!);
        click.Value = button["data"]!["msteams"]!["value"]!.DeepClone();

        // No welcome before an answer in a channel: the welcome belongs to the installation.
        await _host.Flow(adapter)
            .Send(click)
            .AssertReply(reply => Assert.Equal(Answered(Choices[0].Query), CardOf(reply)!["fallbackText"]!.ToString()))
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync(Choices[0].Query, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_territory_prompt_card_click_answers_the_prompt_in_Web_Chat_and_in_Teams()
    {
        var territories = EmbeddedKnowledge.Current.Territories.Select(t => t.Name).ToList();
        var webChat = _host.Adapter(TeamsActivities.Emulator("prompt-click"));
        JObject? card = null;

        await _host.Flow(webChat)
            .Send("territoire").AssertReply(AssertWelcome)
            .AssertReply(reply =>
            {
                card = CardOf(reply);
                Assert.NotNull(card);
                Assert.Equal(territories, CardJson.Buttons(card).Select(b => (string)b["title"]!));
            })
            .StartTestAsync();

        var click = webChat.MakeActivity();
        click.Text = "";
        click.Value = CardJson.Buttons(card!)[3]["data"]!.DeepClone();
        await _host.Flow(webChat)
            .Send(click).AssertReply(reply => Assert.Equal(Answered($"territoire {territories[3]}"), CardOf(reply)!["fallbackText"]!.ToString()))
            .StartTestAsync();

        // Teams: a messageBack whose text is the value and whose value carries the prompt's choice.
        var teams = _host.Adapter(TeamsActivities.TeamsPersonal("29:other-user"));
        await _host.Flow(teams).Send("territoire").AssertReply(AssertWelcome).AssertReply(_ => { }).StartTestAsync();
        var teamsButton = CardJson.Buttons(card!)[4];
        var teamsClick = teams.MakeActivity((string)teamsButton["data"]!["msteams"]!["text"]!);
        teamsClick.Value = teamsButton["data"]!["msteams"]!["value"]!.DeepClone();
        await _host.Flow(teams)
            .Send(teamsClick).AssertReply(reply => Assert.Equal(Answered($"territoire {territories[4]}"), CardOf(reply)!["fallbackText"]!.ToString()))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_click_on_an_old_prompt_card_once_the_prompt_is_over_is_asked_as_typed()
    {
        var adapter = _host.Adapter(TeamsActivities.Emulator("old-card"));
        var button = CardActions.PromptAnswer(new AnswerChoice("Cholet Agglomération", "Cholet Agglomération"));
        var click = adapter.MakeActivity();
        click.Text = "";
        click.Value = button["data"]!.DeepClone();

        await _host.Flow(adapter)
            .Send(click).AssertReply(AssertWelcome).AssertReply(_ => { })
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync("Cholet Agglomération", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_previous_choices_survive_a_restart()
    {
        var before = _host.Adapter();
        await _host.Flow(before).Send(AmbiguousQuestion).AssertReply(AssertWelcome).AssertReply(AmbiguousText).StartTestAsync();

        using var restarted = new ConversationHost(_answers.Object, _database.Path);
        var after = restarted.Adapter();
        await after.DeliverAsync(after.Message("la dernière", "after-restart-1"), restarted.Bot.OnTurnAsync);

        Assert.Equal([Answered(Choices[^1].Query)], after.Replies().Select(TextOf));
    }
}
