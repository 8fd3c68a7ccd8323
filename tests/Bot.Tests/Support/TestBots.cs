using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Tests.Support;

/// <summary>Builds the real <see cref="MednumBot"/> over in-memory state, with the dialogs and commands a test needs.</summary>
public static class TestBots
{
    public static MednumBot Create(
        IAnswerService answers,
        IStorage storage,
        IEnumerable<ICommandHandler>? commands = null,
        IEnumerable<Dialog>? dialogs = null) =>
        Create(answers, storage, _ => commands ?? [], dialogs);

    /// <param name="commands">Gets the bot's dialog runner, as commands that start dialogs get it from DI.</param>
    public static MednumBot Create(
        IAnswerService answers,
        IStorage storage,
        Func<DialogRunner, IEnumerable<ICommandHandler>> commands,
        IEnumerable<Dialog>? dialogs = null)
    {
        var conversationState = new ConversationState(storage);
        var runner = new DialogRunner(new DialogSet(dialogs ?? []), conversationState);
        return new MednumBot(answers, runner, commands(runner), conversationState, new UserState(storage));
    }
}
