using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>
/// A <see cref="GroundedAnswerService"/> over a mocked engine and a mocked <see cref="IChatClient"/> that plays
/// queued replies and records every call (messages and options), with no network.
/// </summary>
internal sealed class GenerationHarness
{
    private readonly Queue<Func<CancellationToken, Task<ChatResponse>>> _replies = new();
    private readonly List<ModelCall> _calls = [];

    public GenerationHarness(TimeSpan? timeBudget = null)
    {
        Engine.SetupGet(e => e.Kinds).Returns(GenerationFixtures.Kinds);
        Chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns((IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken token) =>
            {
                lock (_calls)
                {
                    _calls.Add(new ModelCall([.. messages], options));
                }

                return _replies.Count > 0
                    ? _replies.Dequeue()(token)
                    : throw new InvalidOperationException("The test queued no reply for this model call.");
            });

        Options = new AzureOpenAIOptions
        {
            Endpoint = "https://mednum49-test.openai.azure.com/",
            Deployment = "chat",
            TimeBudget = timeBudget ?? TimeSpan.FromSeconds(8),
        };
        Service = new GroundedAnswerService(Engine.Object, Chat.Object, Options, Logger);
    }

    public Mock<IAnswerEngine> Engine { get; } = new(MockBehavior.Strict);

    public Mock<IChatClient> Chat { get; } = new();

    public RecordingLogger<GroundedAnswerService> Logger { get; } = new();

    public AzureOpenAIOptions Options { get; }

    public GroundedAnswerService Service { get; }

    public IReadOnlyList<ModelCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The reasons of every fallback logged at Warning.</summary>
    public IEnumerable<string?> Fallbacks => Logger.Entries.Where(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Reason);

    public GenerationHarness EngineAnswers(Answer answer)
    {
        Engine.Setup(e => e.Ask(answer.Question)).Returns(answer);
        return this;
    }

    public GenerationHarness ModelReplies(string text, ChatFinishReason? finish = null)
    {
        _replies.Enqueue(_ => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { FinishReason = finish ?? ChatFinishReason.Stop }));
        return this;
    }

    public GenerationHarness ModelThrows(Exception exception)
    {
        _replies.Enqueue(_ => Task.FromException<ChatResponse>(exception));
        return this;
    }

    /// <summary>A model that answers far too late and ignores cancellation, as a stuck connection would.</summary>
    public GenerationHarness ModelHangs(string text = "Trop tard [1].")
    {
        _replies.Enqueue(async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30));
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
        });
        return this;
    }

    public GenerationHarness ModelDoes(Func<CancellationToken, Task<ChatResponse>> reply)
    {
        _replies.Enqueue(reply);
        return this;
    }
}

internal sealed record ModelCall(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)
{
    public string System => string.Join('\n', Messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text));

    public string User => string.Join('\n', Messages.Where(m => m.Role == ChatRole.User).Select(m => m.Text));
}
