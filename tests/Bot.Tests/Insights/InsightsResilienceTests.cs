using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Insights;

/// <summary>Recording never breaks nor holds up a turn, and the off switch turns everything off.</summary>
public sealed class InsightsResilienceTests
{
    /// <summary>A store whose every call throws, or never completes.</summary>
    private sealed class BrokenStore(bool hang) : IInsightStore
    {
        private readonly TaskCompletionSource _never = new();

        public int Calls;

        private Task Fail()
        {
            Interlocked.Increment(ref Calls);
            return hang ? _never.Task : throw new InvalidOperationException("database unreachable");
        }

        public async Task<bool> AddAsync(InsightEvent insight, CancellationToken cancellationToken = default)
        {
            await Fail();
            return true;
        }

        public Task RememberAnswerAsync(SentAnswer answer, CancellationToken cancellationToken = default) => Fail();

        public async Task<SentAnswer?> FindAnswerAsync(string answerKey, CancellationToken cancellationToken = default)
        {
            await Fail();
            return null;
        }

        public async Task<IReadOnlyList<InsightEvent>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
        {
            await Fail();
            return [];
        }

        public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
        {
            await Fail();
            return 0;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_or_hanging_store_changes_nothing_for_the_user(bool hang)
    {
        var store = new BrokenStore(hang);
        using var bot = new InsightsBot(store: store);
        var adapter = bot.Adapter(TeamsActivities.TeamsPersonal());

        // The turns complete although (hang) no write ever does: the writes are not part of the turn.
        var unanswered = await bot.TurnAsync(adapter, "Un plombier ?");
        var answer = (await bot.TurnAsync(adapter, "Qui porte l'action B.6 ?")).Single(r => r.Type == ActivityTypes.Message);
        var invoke = InsightsConversationTests.TeamsFeedbackInvoke(adapter, answer.Id!, "dislike", "{}");
        var response = Assert.Single(await bot.TurnAsync(adapter, invoke));

        Assert.Contains(unanswered, r => r.AsMessageActivity()?.Attachments?.Count == 1);
        Assert.Equal(200, ((InvokeResponse)((Activity)response).Value).Status);
        for (var i = 0; i < 500 && Volatile.Read(ref store.Calls) == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.True(store.Calls > 0, "the recorder should have tried the store");
    }

    [Fact]
    public async Task Turned_off_nothing_is_recorded_answers_carry_no_feedback_and_a_feedback_invoke_still_gets_its_200()
    {
        using var bot = new InsightsBot(new() { ["Insights:Enabled"] = "false" });
        var teams = bot.Adapter(TeamsActivities.TeamsPersonal());
        var emulator = bot.Adapter(TeamsActivities.Emulator());

        var teamsAnswer = (await bot.TurnAsync(teams, "Un plombier ?")).Single(r => r.Type == ActivityTypes.Message);
        var emulatorAnswer = (await bot.TurnAsync(emulator, "Un plombier ?")).Single(r => r.Type == ActivityTypes.Message);
        var response = Assert.Single(await bot.TurnAsync(teams, InsightsConversationTests.TeamsFeedbackInvoke(teams, teamsAnswer.Id!, "dislike", "{}")));

        Assert.Null(((Activity)teamsAnswer).ChannelData);
        Assert.DoesNotContain(AnswerFeedback.ReactionProperty, ((JObject)emulatorAnswer.AsMessageActivity().Attachments[0].Content).ToString(), StringComparison.Ordinal);
        Assert.Equal(200, ((InvokeResponse)((Activity)response).Value).Status);
        Assert.Empty(await bot.EventsAsync());
    }
}
