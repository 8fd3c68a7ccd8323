using Mednum49.Bot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging;
using Moq;

namespace Mednum49.Bot.Tests.Adapters;

public sealed class TurnErrorHandlerTests
{
    [Fact]
    public async Task A_failing_turn_apologises_in_french_logs_the_conversation_and_clears_its_state()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var progress = conversationState.CreateProperty<int>("step");
        var logger = new Mock<ILogger<TurnErrorHandler>>();
        var adapter = new TestAdapter(TestAdapter.CreateConversation("broken")) { OnTurnError = new TurnErrorHandler(conversationState, logger.Object).HandleAsync };

        await new TestFlow(adapter, async (turn, ct) =>
            {
                await progress.SetAsync(turn, 3, ct);
                await conversationState.SaveChangesAsync(turn, cancellationToken: ct);
                throw new InvalidOperationException("boom");
            })
            .Send("bonjour")
            .AssertReply(TurnErrorHandler.Apology)
            .StartTestAsync();

        var stored = await storage.ReadAsync(["test/conversations/broken"], CancellationToken.None);
        Assert.Empty(stored);
        logger.Verify(l => l.Log(LogLevel.Error, It.IsAny<EventId>(),
            It.Is<It.IsAnyType>((state, _) => state.ToString()!.Contains("broken")),
            It.Is<Exception>(e => e.Message == "boom"), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }

    [Fact]
    public void The_apology_shows_no_technical_detail()
    {
        Assert.DoesNotContain("Exception", TurnErrorHandler.Apology);
        Assert.StartsWith("Désolé", TurnErrorHandler.Apology);
    }
}
