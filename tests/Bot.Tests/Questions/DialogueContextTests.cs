using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Mednum49.Bot.Tests.Support.BotReplies;

namespace Mednum49.Bot.Tests.Questions;

/// <summary>
/// Follow-ups through the whole bot (real engine, SQLite state, Teams payloads): the context is kept per conversation
/// — each Teams channel thread is its own — and expires after half an hour of silence; pending choices answer "2",
/// "aide" and "annuler" as in ask --jsonl.
/// </summary>
public sealed class DialogueContextTests : IDisposable
{
    private static readonly Lazy<AnswerEngine> Engine = new(() => new AnswerEngine(new FixedKnowledgeBaseProvider(EmbeddedKnowledge.Current)));

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)));
    private readonly TempDatabase _database = new();
    private readonly ConversationHost _host;

    public DialogueContextTests()
    {
        _host = new ConversationHost(new EngineAnswerService(Engine.Value, _clock), _database.Path, builder =>
        {
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
            builder.Services.Replace(ServiceDescriptor.Singleton(TestBots.EveryoneWelcomed()));
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    private static string Said(IActivity reply) => $"{TextOf(reply)} {CardOf(reply)}";

    private static Action<IActivity> Saying(string expected, string? not = null) => reply =>
    {
        var said = Said(reply);
        Assert.Contains(expected, said, StringComparison.Ordinal);
        if (not is not null)
        {
            Assert.DoesNotContain(not, said, StringComparison.Ordinal);
        }
    };

    [Fact]
    public async Task A_follow_up_in_a_Teams_channel_thread_keeps_its_topic_and_another_thread_does_not_see_it()
    {
        var first = _host.Adapter(TeamsActivities.TeamsChannelThread("1700000000001"));
        var second = _host.Adapter(TeamsActivities.TeamsChannelThread("1700000000002"));

        await _host.Flow(first).Send("Y a-t-il une France Services à Candé ?").AssertReply(Saying("France Services de Candé")).StartTestAsync();
        // Another thread of the same channel: "et à Segré ?" alone is about Segré, not its France Services.
        await _host.Flow(second).Send("et à Segré ?").AssertReply(Saying("Segré", not: "France Services — Segré")).StartTestAsync();
        await _host.Flow(first).Send("et à Segré ?").AssertReply(Saying("France Services — Segré")).StartTestAsync();
    }

    [Fact]
    public async Task The_context_expires_after_half_an_hour_of_silence()
    {
        var adapter = _host.Adapter(TeamsActivities.TeamsPersonal("29:expiry-user"));

        await _host.Flow(adapter)
            .Send("Combien d'habitants à Saumur ?").AssertReply(Saying("26 215"))
            .Send("et à Cholet ?").AssertReply(Saying("53 936"))
            .StartTestAsync();

        _clock.Advance(DialogueContext.Lifetime + TimeSpan.FromMinutes(1));
        await _host.Flow(adapter).Send("et à Segré ?").AssertReply(Saying("Segré", not: "Population")).StartTestAsync();
    }

    [Fact]
    public async Task A_pending_choice_survives_help_is_picked_by_number_and_cancel_says_so()
    {
        var adapter = _host.Adapter(TeamsActivities.Slack());

        await _host.Flow(adapter)
            .Send("qui s'occupe de montreuil").AssertReply(Saying("Montreuil-Bellay"))
            .Send("aide").AssertReply(Saying("Montreuil-Juigné"))
            .Send("2").AssertReply(Saying("bassin Montreuillais"))
            .Send("et la france services ?").AssertReply(Saying("France Services de Montreuil-Bellay"))
            .Send("qui s'occupe de montreuil").AssertReply(Saying("Montreuil-Bellay"))
            .Send("annuler").AssertReply(Saying("annulé"))
            .Send("merci").AssertReply(Saying("Avec plaisir"))
            .StartTestAsync();
    }
}
