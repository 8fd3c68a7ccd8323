using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Commands;

/// <summary>
/// Every command in a real conversation: the bot as the hosts build it (its commands, dialogs, SQLite state and
/// middleware), the engine mocked so that each answer says which question it was asked. The TestAdapter's channel
/// shows no cards: replies are plain text, prompts numbered lists.
/// </summary>
public sealed class CommandConversationTests : IDisposable
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly TempDatabase _database = new();
    private readonly List<string> _notesCommands = [];
    private readonly ConversationHost _host;

    public CommandConversationTests()
    {
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Found = true, Title = Answered(q) });
        // A stand-in for the notes feature, registered after the conversation as AddNotes registers its handlers.
        _host = new ConversationHost(_answers.Object, _database.Path, builder =>
        {
            // The notes feature's own handlers stand aside: these tests are about the order of registration.
            foreach (var notes in builder.Services.Where(d => d.ServiceType == typeof(ICommandHandler)
                && d.ImplementationType?.Namespace?.StartsWith("Mednum49.Bot.Notes", StringComparison.Ordinal) == true).ToList())
            {
                builder.Services.Remove(notes);
            }

            builder.Services.AddSingleton<ICommandHandler>(new RecordingNotesHandler(_notesCommands));
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    private static IReadOnlyList<string> Territories => [.. EmbeddedKnowledge.Current.Territories.Select(t => t.Name)];

    private static string Answered(string question) => $"Réponse à « {question} »";

    private static string TerritoryList(string? before = null) =>
        string.Join('\n', [before ?? CommandMessages.TerritoryQuestion, .. Territories.Select((name, i) => $"{i + 1}. {name}"), AnswerTextReply.ChoicesHint]);

    /// <summary>A conversation in which the user has been welcomed (the first thing a new user gets).</summary>
    private TestFlow Welcomed(TestAdapter? adapter = null)
    {
        adapter ??= _host.Adapter();
        return _host.Flow(adapter)
            .Send(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [adapter.Conversation.User] })
            .AssertReply(AssertWelcome);
    }

    private void AssertAsked(string question, int times = 1) =>
        _answers.Verify(a => a.AskAsync(question, It.IsAny<CancellationToken>()), Times.Exactly(times));

    [Theory]
    [InlineData("aide")]
    [InlineData("Aide")]
    [InlineData("AIDE")]
    [InlineData("?")]
    [InlineData("Que sais-tu faire ?")]
    public async Task Help_lists_the_commands_of_a_personal_chat_and_example_questions(string request)
    {
        await Welcomed()
            .Send(request)
            .AssertReply(reply =>
            {
                var text = TextOf(reply);
                Assert.StartsWith(HelpCard.Title + "\n", text, StringComparison.Ordinal);
                Assert.All(BotCommandCatalog.In(BotCommandScopes.Personal), c => Assert.Contains($"- {c.Usage} — {c.Description}", text, StringComparison.Ordinal));
                Assert.All(HelpCommand.Examples, e => Assert.Contains($"- « {e} »", text, StringComparison.Ordinal));
            })
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Help_in_a_team_channel_is_a_card_without_the_personal_commands()
    {
        await _host.Flow(_host.Adapter(TeamsActivities.TeamsChannelThread()))
            .Send("aide")
            .AssertReply(reply =>
            {
                var card = CardOf(reply);
                Assert.NotNull(card);
                var lines = CardJson.RichLines(card);
                Assert.Equal(BotCommandCatalog.In(BotCommandScopes.Team).Select(c => $"{c.Usage} — {c.Description}"), lines);
                Assert.DoesNotContain(lines, l => l.StartsWith("note", StringComparison.Ordinal));
                Assert.Equal(HelpCommand.Examples, CardJson.Buttons(card).Select(b => (string)b["title"]!));
            })
            .StartTestAsync();
    }

    [Theory]
    [InlineData("territoire Candé", "territoire Candé")]
    [InlineData("Térritoire : Candé", "territoire Candé")]
    [InlineData("TERRITOIRE Saumur Val de Loire.", "territoire Saumur Val de Loire")]
    public async Task Territory_with_a_name_asks_the_engine_about_it(string typed, string asked)
    {
        await Welcomed().Send(typed).AssertReply(Answered(asked)).StartTestAsync();

        AssertAsked(asked);
    }

    [Fact]
    public async Task Territory_alone_offers_the_intercommunalities_of_the_knowledge_base_and_a_number_picks_one()
    {
        Assert.Equal(9, Territories.Count);

        await Welcomed()
            .Send("territoire").AssertReply(TerritoryList())
            .Send("2").AssertReply(Answered($"territoire {Territories[1]}"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("la dernière", -1)]
    [InlineData("ABC", -2)]
    public async Task Territory_choices_can_be_named_by_position_or_alias(string reply, int fromEnd)
    {
        var expected = reply == "ABC" ? "Anjou Bleu Communauté" : Territories[^(-fromEnd)];

        await Welcomed()
            .Send("territoire").AssertReply(TerritoryList())
            .Send(reply).AssertReply(Answered($"territoire {expected}"))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_territory_prompt_also_takes_the_name_of_a_commune()
    {
        await Welcomed()
            .Send("territoire").AssertReply(TerritoryList())
            .Send("Candé").AssertReply(Answered("territoire Candé"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_in_the_middle_of_the_territory_prompt_explains_and_asks_again_and_cancel_drops_it()
    {
        await Welcomed()
            .Send("territoire").AssertReply(TerritoryList())
            .Send("aide").AssertReply(CommandMessages.TerritoryHelp).AssertReply(TerritoryList())
            .Send("annuler").AssertReply(DialogMessages.Cancelled)
            .Send("Qui porte l'action B.6 ?").AssertReply(Answered("Qui porte l'action B.6 ?"))
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync(It.Is<string>(q => q.StartsWith("territoire", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_question_or_another_command_is_not_taken_for_a_territory_name()
    {
        var retry = TerritoryList(CommandMessages.TerritoryRetry + "\n" + CommandMessages.TerritoryQuestion);

        await Welcomed()
            .Send("territoire").AssertReply(TerritoryList())
            .Send("Qui porte l'action B.6 ?").AssertReply(retry)
            .Send("notes GTN49").AssertReply(retry)
            .Send("1").AssertReply(Answered($"territoire {Territories[0]}"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("action B.6", "action B.6")]
    [InlineData("Action b6", "action B.6")]
    [InlineData("action A.1.2.a", "action A.1.2.a")]
    [InlineData("action axe C", "axe C")]
    public async Task Action_with_a_code_asks_the_engine_with_the_code_as_the_roadmap_writes_it(string typed, string asked)
    {
        await Welcomed().Send(typed).AssertReply(Answered(asked)).StartTestAsync();

        AssertAsked(asked);
    }

    [Theory]
    [InlineData("actions pour les jeunes ?")]
    [InlineData("action pour les jeunes")]
    [InlineData("action B.6 ?")]
    public async Task A_question_that_starts_like_the_command_is_left_to_the_engine_as_typed(string question)
    {
        await Welcomed().Send(question).AssertReply(Answered(question)).StartTestAsync();

        AssertAsked(question);
    }

    [Fact]
    public async Task An_action_code_that_is_not_in_the_roadmap_gets_the_axes_and_is_not_asked()
    {
        var axes = EmbeddedKnowledge.Current.Axes;

        await Welcomed()
            .Send("action B.9")
            .AssertReply(reply =>
            {
                var text = TextOf(reply);
                Assert.StartsWith(CommandMessages.UnknownAction("B.9"), text, StringComparison.Ordinal);
                Assert.All(axes, axis => Assert.Contains($"- {axis.Code} — {axis.Title}", text, StringComparison.Ordinal));
            })
            .StartTestAsync();

        _answers.Verify(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Action_alone_asks_for_a_code_with_the_axes_and_answers_once_one_is_given()
    {
        await Welcomed()
            .Send("action")
            .AssertReply(reply =>
            {
                var text = TextOf(reply);
                Assert.StartsWith(CommandMessages.ActionQuestion, text, StringComparison.Ordinal);
                Assert.All(EmbeddedKnowledge.Current.Axes, axis => Assert.Contains(axis.Title, text, StringComparison.Ordinal));
            })
            .Send("la B.9").AssertReply(reply => Assert.StartsWith(CommandMessages.UnknownAction("B.9"), TextOf(reply), StringComparison.Ordinal))
            .Send("b6").AssertReply(Answered("action B.6"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_in_the_action_prompt_is_the_prompts_own()
    {
        await Welcomed()
            .Send("action").AssertReply(_ => { })
            .Send("aide").AssertReply(reply => Assert.Contains("code d'une action", TextOf(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith(CommandMessages.ActionQuestion, TextOf(reply), StringComparison.Ordinal))
            .Send("action B.6").AssertReply(Answered("action B.6"))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("contacts CAF", "contacts CAF")]
    [InlineData("Contact : Cyb@njou", "contacts Cyb@njou")]
    [InlineData("contacts conseillers numériques", "contacts conseillers numériques")]
    public async Task Contacts_with_a_structure_or_a_subject_asks_the_engine(string typed, string asked)
    {
        await Welcomed().Send(typed).AssertReply(Answered(asked)).StartTestAsync();

        AssertAsked(asked);
    }

    [Fact]
    public async Task Contacts_alone_asks_which_structure_or_subject()
    {
        await Welcomed()
            .Send("contacts")
            .AssertReply(reply => Assert.StartsWith(CommandMessages.ContactsQuestion, TextOf(reply), StringComparison.Ordinal))
            .Send("?!").AssertReply(reply => Assert.StartsWith(CommandMessages.ContactsRetry, TextOf(reply), StringComparison.Ordinal))
            .Send("Cyb@njou").AssertReply(Answered("contacts Cyb@njou"))
            .StartTestAsync();
    }

    [Fact]
    public void The_examples_of_the_contacts_prompt_are_names_of_the_knowledge_base()
    {
        Assert.All(CommandMessages.ContactsExamples, name => Assert.NotEmpty(EmbeddedKnowledge.Current.FindByName(name)));
    }

    [Theory]
    [InlineData("groupes")]
    [InlineData("Groupes de travail")]
    [InlineData("liste des groupes")]
    public async Task Groups_asks_the_engine_for_the_working_groups(string typed)
    {
        await Welcomed().Send(typed).AssertReply(Answered(GroupsCommand.Question)).StartTestAsync();

        AssertAsked(GroupsCommand.Question);
    }

    [Fact]
    public async Task A_question_about_groups_is_asked_as_typed()
    {
        await Welcomed()
            .Send("groupes qui travaillent sur le reconditionnement")
            .AssertReply(Answered("groupes qui travaillent sur le reconditionnement"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_with_nothing_going_on_says_so_instead_of_asking_the_engine()
    {
        await Welcomed().Send("annuler").AssertReply(CommandMessages.NothingToCancel).StartTestAsync();

        _answers.Verify(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task The_notes_commands_reach_the_handlers_registered_after_the_bots_own()
    {
        await Welcomed()
            .Send("note").AssertReply("notes : note")
            .Send("notes GTN49").AssertReply("notes : notes GTN49")
            .Send("Mes notes").AssertReply("notes : Mes notes")
            .Send("export GTN49").AssertReply("notes : export GTN49")
            .StartTestAsync();

        Assert.Equal(["note", "notes GTN49", "Mes notes", "export GTN49"], _notesCommands);
        _answers.Verify(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private sealed class RecordingNotesHandler(List<string> received) : ICommandHandler
    {
        private static readonly string[] Words = ["note", "notes", "mes notes", "export"];

        public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
        {
            var normalized = FrenchText.Normalize(turn.Text);
            if (!Words.Any(w => normalized == w || normalized.StartsWith(w + " ", StringComparison.Ordinal)))
            {
                return false;
            }

            received.Add(turn.Text);
            await turn.Context.SendActivityAsync($"notes : {turn.Text}", cancellationToken: cancellationToken);
            return true;
        }
    }
}
