using Mednum49.Bot.Commands;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Schema;
using Moq;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Commands;

/// <summary>What Teams and restarts do to a conversation: a retried activity, a process restarted mid-dialog.</summary>
public sealed class ConversationResilienceTests : IDisposable
{
    private readonly Mock<IAnswerService> _answers = new();
    private readonly TempDatabase _database = new();

    public ConversationResilienceTests() =>
        _answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, CancellationToken _) => new Answer { Question = q, Found = true, Title = $"Réponse à « {q} »" });

    public void Dispose() => _database.Dispose();

    private static IReadOnlyList<string> Territories => [.. EmbeddedKnowledge.Current.Territories.Select(t => t.Name)];

    [Fact]
    public async Task An_activity_delivered_twice_with_the_same_id_is_answered_and_acted_on_once()
    {
        using var host = new ConversationHost(_answers.Object, _database.Path);
        var adapter = host.Adapter(TeamsActivities.TeamsPersonal());
        var question = adapter.Message("territoire Candé", "teams-retry-1");

        await adapter.DeliverAsync(question, host.Bot.OnTurnAsync);
        var first = adapter.Replies();
        // Teams retries after 15 s with the very same activity, while or after the first delivery is handled.
        await adapter.DeliverAsync(adapter.Message("territoire Candé", "teams-retry-1"), host.Bot.OnTurnAsync);
        var retry = adapter.Replies();

        // The welcome and the answer (no typing indicator: the answer is ready at once).
        Assert.Equal(2, first.Count);
        Assert.Empty(retry);
        _answers.Verify(a => a.AskAsync("territoire Candé", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_retried_prompt_answer_does_not_move_the_dialog_twice()
    {
        using var host = new ConversationHost(_answers.Object, _database.Path);
        var adapter = host.Adapter();

        await adapter.DeliverAsync(adapter.Message("territoire", "p-1"), host.Bot.OnTurnAsync);
        await adapter.DeliverAsync(adapter.Message("2", "p-2"), host.Bot.OnTurnAsync);
        adapter.Replies();
        await adapter.DeliverAsync(adapter.Message("2", "p-2"), host.Bot.OnTurnAsync);
        await adapter.DeliverAsync(adapter.Message("Qui porte l'action B.6 ?", "p-3"), host.Bot.OnTurnAsync);

        Assert.Equal(["Réponse à « Qui porte l'action B.6 ? »"], adapter.Replies().Select(TextOf));
        _answers.Verify(a => a.AskAsync($"territoire {Territories[1]}", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_the_territory_prompt_resumes_it_from_the_database()
    {
        using (var before = new ConversationHost(_answers.Object, _database.Path))
        {
            var adapter = before.Adapter();
            await adapter.DeliverAsync(adapter.Message("territoire", "restart-1"), before.Bot.OnTurnAsync);
            await adapter.DeliverAsync(adapter.Message("aide", "restart-2"), before.Bot.OnTurnAsync);
            var replies = adapter.Replies();
            AssertWelcome(replies[0]);
            Assert.StartsWith(CommandMessages.TerritoryQuestion, TextOf(replies[1]), StringComparison.Ordinal);
            Assert.Equal(CommandMessages.TerritoryHelp, TextOf(replies[2]));
        }

        // A new process: new host, adapter, storage and dialogs, on the same SQLite file.
        using var after = new ConversationHost(_answers.Object, _database.Path);
        var restarted = after.Adapter();
        await restarted.DeliverAsync(restarted.Message("la troisième", "restart-3"), after.Bot.OnTurnAsync);
        await restarted.DeliverAsync(restarted.Message("territoire", "restart-4"), after.Bot.OnTurnAsync);
        await restarted.DeliverAsync(restarted.Message("annuler", "restart-5"), after.Bot.OnTurnAsync);

        var resumed = restarted.Replies().Select(TextOf).ToList();
        Assert.Equal($"Réponse à « territoire {Territories[2]} »", resumed[0]);
        Assert.StartsWith(CommandMessages.TerritoryQuestion, resumed[1], StringComparison.Ordinal);
        Assert.Equal(Mednum49.Bot.Dialogs.DialogMessages.Cancelled, resumed[2]);
        Assert.Equal(3, resumed.Count);
    }

    [Fact]
    public async Task An_engine_failure_at_the_end_of_a_command_dialog_gets_the_apology_and_the_conversation_goes_on()
    {
        _answers.Setup(a => a.AskAsync("territoire Candé", It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("engine down"));
        using var host = new ConversationHost(_answers.Object, _database.Path);
        var adapter = host.Adapter();

        await adapter.DeliverAsync(adapter.Message("territoire", "f-1"), host.Bot.OnTurnAsync);
        adapter.Replies();
        await adapter.DeliverAsync(adapter.Message("Candé", "f-2"), host.Bot.OnTurnAsync);
        var failed = adapter.Replies();
        await adapter.DeliverAsync(adapter.Message("Qui porte l'action B.6 ?", "f-3"), host.Bot.OnTurnAsync);

        Assert.Equal([Mednum49.Bot.Adapters.TurnErrorHandler.Apology], failed.Select(TextOf));
        Assert.Equal(["Réponse à « Qui porte l'action B.6 ? »"], adapter.Replies().Select(TextOf));
    }
}
