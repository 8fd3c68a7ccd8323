using System.Net;
using Mednum49.Bot.Adapters;
using Mednum49.Bot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Moq;

namespace Mednum49.Bot.Tests.Adapters;

public sealed class TurnErrorHandlerTests
{
    private readonly MemoryStorage _storage = new();
    private readonly Mock<ILogger<TurnErrorHandler>> _logger = new();
    private TestAdapter _adapter = null!;

    /// <summary>A turn that saved a value in its conversation's state, then a later turn that throws <paramref name="failure"/>.</summary>
    private async Task<TestFlow> FailAsync(Exception failure)
    {
        var conversationState = new ConversationState(_storage);
        var progress = conversationState.CreateProperty<int>("step");
        var adapter = new TestAdapter(TestAdapter.CreateConversation("broken")) { OnTurnError = new TurnErrorHandler(conversationState, _logger.Object).HandleAsync };
        _adapter = adapter;
        await new TestFlow(adapter, async (turn, ct) =>
            {
                await progress.SetAsync(turn, 3, ct);
                await conversationState.SaveChangesAsync(turn, cancellationToken: ct);
            })
            .Send("début")
            .StartTestAsync();
        return new TestFlow(adapter, (_, _) => throw failure);
    }

    private async Task<bool> StateKeptAsync() =>
        (await _storage.ReadAsync(["test/conversations/broken"], CancellationToken.None)).Count == 1;

    private void VerifyErrorLogged(Exception failure, Times times) =>
        _logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(),
            It.Is<It.IsAnyType>((state, _) => state.ToString()!.Contains("broken")),
            failure, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), times);

    [Fact]
    public async Task A_dialog_that_fails_apologises_in_french_logs_the_conversation_and_clears_its_state()
    {
        var failure = new DialogFailedException("note", new InvalidOperationException("boom"));

        await (await FailAsync(failure)).Send("bonjour").AssertReply(TurnErrorHandler.Apology).StartTestAsync();

        Assert.False(await StateKeptAsync());
        VerifyErrorLogged(failure, Times.Once());
    }

    [Fact]
    public async Task State_that_cannot_be_read_is_cleared()
    {
        var failure = new Newtonsoft.Json.JsonSerializationException("Could not create an instance of type DialogState");

        await (await FailAsync(failure)).Send("bonjour").AssertReply(TurnErrorHandler.Apology).StartTestAsync();

        Assert.False(await StateKeptAsync());
    }

    public static TheoryData<Exception> FaultsOutsideTheState() => new()
    {
        new HttpRequestException("connection refused"),
        new TimeoutException(),
        new TaskCanceledException("HttpClient timeout", new TimeoutException()),
        new SqliteException("database is locked", 5),
        new ErrorResponseException("throttled") { Response = new Microsoft.Rest.HttpResponseMessageWrapper(new HttpResponseMessage(HttpStatusCode.TooManyRequests), "") },
        new DialogFailedException("note", new HttpRequestException("connector down")),
        new InvalidOperationException("a bug in a command"),
    };

    [Theory]
    [MemberData(nameof(FaultsOutsideTheState))]
    public async Task A_fault_outside_the_state_apologises_and_keeps_the_state(Exception failure)
    {
        await (await FailAsync(failure)).Send("bonjour").AssertReply(TurnErrorHandler.Apology).StartTestAsync();

        Assert.True(await StateKeptAsync());
        VerifyErrorLogged(failure, Times.Once());
    }

    [Fact]
    public async Task A_cancelled_turn_is_not_an_error_no_apology_and_the_state_kept()
    {
        var failure = new OperationCanceledException(new CancellationToken(canceled: true));

        await (await FailAsync(failure)).Send("bonjour").StartTestAsync();

        Assert.Empty(_adapter.ActiveQueue);
        Assert.True(await StateKeptAsync());
        VerifyErrorLogged(failure, Times.Never());
    }

    [Theory]
    [InlineData(typeof(OperationCanceledException), TurnFailureKind.Cancelled)]
    [InlineData(typeof(TaskCanceledException), TurnFailureKind.Cancelled)]
    [InlineData(typeof(IOException), TurnFailureKind.Transient)]
    [InlineData(typeof(InvalidCastException), TurnFailureKind.BrokenState)]
    [InlineData(typeof(NullReferenceException), TurnFailureKind.Unexpected)]
    public void Failures_are_classified_by_what_they_say_about_the_state(Type type, TurnFailureKind kind)
    {
        Assert.Equal(kind, TurnFailure.Classify((Exception)Activator.CreateInstance(type)!));
    }

    [Fact]
    public void The_apology_shows_no_technical_detail()
    {
        Assert.DoesNotContain("Exception", TurnErrorHandler.Apology);
        Assert.StartsWith("Désolé", TurnErrorHandler.Apology);
    }
}
