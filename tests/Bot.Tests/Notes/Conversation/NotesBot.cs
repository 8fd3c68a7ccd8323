using Mednum49.Bot.Adapters;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Moq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>
/// The real bot as the hosts build it (knowledge base, SQLite database in a temporary folder, conversation, notes:
/// commands, dialogs, middleware), driven through TestAdapter. Only the orientation answers are a mock (and say what
/// was asked), and the animators' notifier records instead of calling Teams. Every message carries the same local
/// time: Sunday 29 November 2026, 10:00 in Paris, so "jeudi prochain" is Thursday 3 December 2026.
/// </summary>
public sealed class NotesBot : IDisposable
{
    public static readonly DateTimeOffset LocalNow = new(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly ChannelAccount Marie = new("user-marie", "Marie Lefèvre") { AadObjectId = "6e1f9f0c-2e3a-4e4b-9c55-0a1b2c3d4e5f" };
    public static readonly ChannelAccount Paul = new("user-paul", "Paul Bernard") { AadObjectId = "0b9d7c1e-8f1a-4a3b-9d2e-1f2a3b4c5d6e" };

    /// <summary>Coordinator: may read and export every group.</summary>
    public static readonly ChannelAccount Claire = new("user-claire", "Claire Martin") { AadObjectId = "c1a12e00-0000-4000-8000-00000000c1a1" };

    /// <summary>Animator of the "bénévoles" group only.</summary>
    public static readonly ChannelAccount Hugo = new("user-hugo", "Hugo Petit") { AadObjectId = "a11a7000-0000-4000-8000-0000000a11a7" };

    private readonly TemporaryDatabase _database = new();

    public NotesBot(Dictionary<string, string?>? settings = null)
    {
        Answers.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string question, CancellationToken _) => new Answer { Question = question, Title = $"Question : {question}" });
        Host = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null)
        {
            ConfigureHost = builder =>
            {
                builder.Configuration["Storage:DatabasePath"] = _database.Path;
                builder.Configuration["Notes:Coordinators:0"] = Claire.AadObjectId;
                builder.Configuration["Notes:Animators:benevoles:0"] = Hugo.AadObjectId;
                // TestAdapter's channel, trusted here as Teams is in production.
                builder.Configuration["Notes:IdentityChannels:0"] = "test";
                foreach (var (key, value) in settings ?? [])
                {
                    builder.Configuration[key] = value;
                }

                builder.Services.AddSingleton(Answers.Object);
                // Welcomes are tested elsewhere: here the first reply is the one under test.
                builder.Services.Replace(ServiceDescriptor.Singleton(TestBots.EveryoneWelcomed()));
                builder.Services.AddSingleton<INoteNotifier>(Notifier);
            },
        }.BuildHost();
    }

    public Mock<IAnswerService> Answers { get; } = new();

    public RecordingNotifier Notifier { get; } = new();

    public IHost Host { get; }

    public INoteStore Store => Host.Services.GetRequiredService<INoteStore>();

    public IWorkingGroupDirectory Groups => Host.Services.GetRequiredService<IWorkingGroupDirectory>();

    public WorkingGroup Group(string slug) => Groups.Find(WorkingGroup.IdPrefix + slug) ?? throw new ArgumentException($"No group {slug} in the knowledge base.");

    public IBot Bot => Host.Services.GetRequiredService<IBot>();

    /// <summary>A conversation with the bot: its own channel, user and kind, the hosts' middleware, the fixed local time.</summary>
    public NotesTestAdapter Adapter(string conversationId = "conv-1", ChannelAccount? user = null, string channelId = "test", string? conversationType = null)
    {
        var reference = TestAdapter.CreateConversation(conversationId);
        reference.ChannelId = channelId;
        reference.User = user ?? Marie;
        reference.Conversation.ConversationType = conversationType;
        reference.Conversation.IsGroup = conversationType is "channel" or "groupChat" ? true : null;
        var adapter = new NotesTestAdapter(reference);
        foreach (var middleware in Host.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
        {
            adapter.Use(middleware);
        }

        adapter.Use(new FixedLocalTime(LocalNow));
        adapter.OnTurnError = Host.Services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        return adapter;
    }

    public TestFlow Flow(TestAdapter adapter) => new(adapter, Bot.OnTurnAsync);

    /// <summary>Sends one activity and returns every reply of that turn.</summary>
    public async Task<List<IActivity>> TurnAsync(NotesTestAdapter adapter, Activity activity)
    {
        await adapter.DeliverAsync(activity, Bot.OnTurnAsync);
        return adapter.Replies();
    }

    public Task<List<IActivity>> TurnAsync(NotesTestAdapter adapter, string text) =>
        TurnAsync(adapter, adapter.Message(text, Guid.NewGuid().ToString("N")));

    public async Task<IReadOnlyList<Note>> AllNotesAsync()
    {
        var all = new List<Note>();
        foreach (var group in Groups.All())
        {
            all.AddRange(await Store.ListAllByGroupAsync(group.Id));
        }

        return all;
    }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
    }

    private sealed class FixedLocalTime(DateTimeOffset localTime) : Microsoft.Bot.Builder.IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.Activity.LocalTimestamp = localTime;
            return next(cancellationToken);
        }
    }
}

/// <summary>Records the notes announced to animators (the real notifier needs Teams).</summary>
public sealed class RecordingNotifier : INoteNotifier
{
    public System.Collections.Concurrent.ConcurrentQueue<Note> Announced { get; } = new();

    /// <summary>Thrown by every call when set: Teams unreachable.</summary>
    public Exception? Failure { get; set; }

    public Task<int> NotifyAsync(Note note, CancellationToken cancellationToken = default)
    {
        Announced.Enqueue(note);
        return Failure is null ? Task.FromResult(1) : Task.FromException<int>(Failure);
    }
}
