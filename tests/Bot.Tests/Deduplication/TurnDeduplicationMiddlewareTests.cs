using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Bot.Tests.Deduplication;

public sealed class TurnDeduplicationMiddlewareTests
{
    private readonly InMemoryTurnClaimStore _claims = new();
    private int _handled;

    private RedeliveringTestAdapter Adapter(ITurnClaimStore? claims = null, TimeSpan? inProgressWait = null)
    {
        var adapter = new RedeliveringTestAdapter();
        var options = Options.Create(new DeduplicationOptions { InProgressWait = inProgressWait ?? TimeSpan.FromSeconds(10) });
        adapter.Use(new TurnDeduplicationMiddleware(claims ?? _claims, options, TimeProvider.System, NullLogger<TurnDeduplicationMiddleware>.Instance));
        return adapter;
    }

    private async Task Echo(ITurnContext turn, CancellationToken ct)
    {
        Interlocked.Increment(ref _handled);
        await turn.SendActivityAsync($"reçu : {turn.Activity.Text}", cancellationToken: ct);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        var adapter = Adapter();

        await adapter.DeliverAsync(adapter.Message("Qui porte B.6 ?", id: "activity-1"), Echo);
        await adapter.DeliverAsync(adapter.Message("Qui porte B.6 ?", id: "activity-1"), Echo);
        await adapter.DeliverAsync(adapter.Message("Qui porte B.6 ?", id: "activity-2"), Echo);

        Assert.Equal(["reçu : Qui porte B.6 ?", "reçu : Qui porte B.6 ?"], adapter.Replies().Select(r => r.AsMessageActivity().Text));
        Assert.Equal(2, _handled);
    }

    [Fact]
    public async Task A_retry_arriving_while_the_first_turn_still_runs_is_skipped_once_the_first_succeeds()
    {
        var adapter = Adapter();
        var firstTurnStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstTurn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = adapter.DeliverAsync(adapter.Message("lent", id: "slow"), async (turn, ct) =>
        {
            firstTurnStarted.SetResult();
            await releaseFirstTurn.Task;
            await Echo(turn, ct);
        });
        await firstTurnStarted.Task;
        var retry = adapter.DeliverAsync(adapter.Message("lent", id: "slow"), Echo);
        await Task.Delay(100);
        Assert.False(retry.IsCompleted, "the retry waits for the first turn to settle");
        releaseFirstTurn.SetResult();
        await Task.WhenAll(first, retry);

        Assert.Single(adapter.Replies());
        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task A_retry_arriving_while_the_first_turn_runs_is_answered_when_the_first_is_cancelled()
    {
        var adapter = Adapter();
        var firstTurnStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var firstClientWentAway = new CancellationTokenSource();

        var first = adapter.DeliverAsync(adapter.Message("lent", id: "dropped"), async (turn, ct) =>
        {
            firstTurnStarted.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        }, firstClientWentAway.Token);
        await firstTurnStarted.Task;
        var retry = adapter.DeliverAsync(adapter.Message("lent", id: "dropped"), Echo);
        await Task.Delay(100);
        await firstClientWentAway.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await retry;

        Assert.Equal("reçu : lent", Assert.Single(adapter.Replies()).AsMessageActivity().Text);
        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task A_retry_gives_up_waiting_for_a_turn_that_outlasts_the_wait_and_is_skipped()
    {
        var adapter = Adapter(inProgressWait: TimeSpan.FromMilliseconds(200));
        var firstTurnStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstTurn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = adapter.DeliverAsync(adapter.Message("lent", id: "long"), async (turn, ct) =>
        {
            firstTurnStarted.SetResult();
            await releaseFirstTurn.Task;
            await Echo(turn, ct);
        });
        await firstTurnStarted.Task;
        await adapter.DeliverAsync(adapter.Message("lent", id: "long"), Echo);
        releaseFirstTurn.SetResult();
        await first;

        Assert.Single(adapter.Replies());
        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task A_duplicate_invoke_gets_an_empty_success_and_is_not_handled()
    {
        var adapter = Adapter();
        Activity Invoke() => new(ActivityTypes.Invoke)
        {
            Id = "invoke-1",
            Name = "adaptiveCard/action",
            ChannelId = "msteams",
            Conversation = adapter.Conversation.Conversation,
            From = adapter.Conversation.User,
            Recipient = adapter.Conversation.Bot,
        };
        Task Handle(ITurnContext turn, CancellationToken ct)
        {
            _handled++;
            return Task.CompletedTask;
        }

        await adapter.DeliverAsync(Invoke(), Handle);
        await adapter.DeliverAsync(Invoke(), Handle);
        var responses = adapter.Replies().Where(r => r.Type == ActivityTypesEx.InvokeResponse).Select(r => ((Activity)r).Value as InvokeResponse);

        Assert.Equal(1, _handled);
        Assert.Equal(200, Assert.Single(responses)!.Status);
    }

    [Fact]
    public async Task When_the_claim_store_fails_the_turn_is_handled_anyway()
    {
        var broken = new Mock<ITurnClaimStore>();
        broken.Setup(s => s.TryClaimAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        broken.Setup(s => s.CompleteAsync(It.IsAny<TurnClaim>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));
        var adapter = Adapter(broken.Object);

        await adapter.DeliverAsync(adapter.Message("bonjour", id: "a"), Echo);

        Assert.Equal("reçu : bonjour", Assert.Single(adapter.Replies()).AsMessageActivity().Text);
    }

    [Fact]
    public async Task Test_flow_messages_each_get_their_answer()
    {
        // TestFlow numbers activities itself: the middleware must not get in the way of ordinary tests.
        await new Microsoft.Bot.Builder.Adapters.TestFlow(Adapter(), Echo)
            .Send("un").AssertReply("reçu : un")
            .Send("deux").AssertReply("reçu : deux")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_turn_that_throws_releases_its_claim_so_the_channels_retry_is_answered()
    {
        var adapter = Adapter();
        var attempts = 0;

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => adapter.DeliverAsync(adapter.Message("note", id: "flaky"), (turn, ct) =>
        {
            attempts++;
            throw new HttpRequestException("connector unreachable");
        }));
        await adapter.DeliverAsync(adapter.Message("note", id: "flaky"), Echo);

        Assert.Equal("connector unreachable", failure.Message);
        Assert.Equal(1, attempts);
        Assert.Equal("reçu : note", Assert.Single(adapter.Replies()).AsMessageActivity().Text);
        Assert.Equal(TurnClaimStatus.Done, (await _claims.TryClaimAsync(TurnKey.For(adapter.Message("note", id: "flaky"))!)).Status);
    }

    [Fact]
    public async Task A_cancelled_turn_releases_its_claim_too()
    {
        var adapter = Adapter();
        using var clientWentAway = new CancellationTokenSource();
        await clientWentAway.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.DeliverAsync(adapter.Message("lent", id: "aborted"), (turn, ct) =>
        {
            ct.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }, clientWentAway.Token));
        await adapter.DeliverAsync(adapter.Message("lent", id: "aborted"), Echo);

        Assert.Equal(1, _handled);
    }

    [Fact]
    public async Task The_claim_is_in_progress_while_the_turn_runs_and_done_after_it()
    {
        var adapter = Adapter();
        var key = TurnKey.For(adapter.Message("x", id: "watched"))!;
        TurnClaimStatus? during = null;

        await adapter.DeliverAsync(adapter.Message("x", id: "watched"), async (turn, ct) =>
        {
            during = (await _claims.TryClaimAsync(key, ct)).Status;
            await Echo(turn, ct);
        });

        Assert.Equal(TurnClaimStatus.InProgress, during);
        Assert.Equal(TurnClaimStatus.Done, (await _claims.TryClaimAsync(key)).Status);
    }

    [Fact]
    public async Task When_the_claim_cannot_be_marked_done_the_answer_still_stands()
    {
        var store = new Mock<ITurnClaimStore>();
        store.Setup(s => s.TryClaimAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((string key, CancellationToken _) => TurnClaim.NewWon(key));
        store.Setup(s => s.CompleteAsync(It.IsAny<TurnClaim>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("database restarting"));
        var adapter = Adapter(store.Object);

        await adapter.DeliverAsync(adapter.Message("bonjour", id: "a"), Echo);

        Assert.Equal("reçu : bonjour", Assert.Single(adapter.Replies()).AsMessageActivity().Text);
        store.Verify(s => s.CompleteAsync(It.Is<TurnClaim>(c => c.Key.EndsWith("|a", StringComparison.Ordinal)), CancellationToken.None), Times.Once);
    }
}
