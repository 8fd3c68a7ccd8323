using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Questions;
using Mednum49.Bot.Welcome;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// Builds the real <see cref="MednumBot"/> over in-memory state, with the dialogs and commands a test needs. Unless
/// the test is about it, everyone counts as already welcomed, so the first reply is the one under test (the welcome
/// itself is tested with the full conversation in <see cref="ConversationHost"/>).
/// </summary>
public static class TestBots
{
    public static MednumBot Create(
        IAnswerService answers,
        IStorage storage,
        IEnumerable<ICommandHandler>? commands = null,
        IEnumerable<Dialog>? dialogs = null) =>
        Create(answers, storage, _ => commands ?? [], dialogs);

    /// <param name="commands">Gets the bot's dialog runner and question path, as commands get them from DI.</param>
    public static MednumBot Create(
        IAnswerService answers,
        IStorage storage,
        Func<DialogRunner, IEnumerable<ICommandHandler>> commands,
        IEnumerable<Dialog>? dialogs = null)
    {
        var conversationState = new ConversationState(storage);
        var runner = new DialogRunner(new DialogSet(dialogs ?? []), conversationState);
        return new MednumBot(EveryoneWelcomed(), runner, commands(runner), new QuestionAnswerer(answers, new DialogueContextState(conversationState)), conversationState, new UserState(storage));
    }

    /// <summary>A welcomer for which everyone was already welcomed (replace the registered one with it in a DI host).</summary>
    public static Welcomer EveryoneWelcomed() => new(new EveryoneWelcomedStorage(), TimeProvider.System, NullLogger<Welcomer>.Instance);

    /// <summary>A storage where every welcome is already recorded: reads find it, a new claim conflicts.</summary>
    private sealed class EveryoneWelcomedStorage : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Task.FromResult<IDictionary<string, object>>(keys.ToDictionary(k => k, object (_) => new WelcomeRecord { ETag = "1" }));

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            throw new ArgumentException("Etag conflict.");

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
