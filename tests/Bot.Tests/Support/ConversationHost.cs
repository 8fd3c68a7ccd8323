using Mednum49.Bot.Adapters;
using Mednum49.Bot.Cli;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// The bot exactly as the hosts build it (<see cref="CliContext.BuildHost"/>: the embedded knowledge base, the SQLite
/// storage, <c>AddConversation()</c> with its commands, dialogs and middleware, the notes) on a given database file,
/// with the orientation engine mocked. Turns run through a TestAdapter that has the real middleware (deduplication
/// first) and error handler. A new instance on the same file is the same bot after a restart.
/// </summary>
public sealed class ConversationHost : IDisposable
{
    private readonly IHost _host;

    /// <param name="configure">Applied last, as a feature registered after the conversation would be (the notes).</param>
    public ConversationHost(IAnswerService answers, string databasePath, Action<IHostApplicationBuilder>? configure = null)
    {
        _host = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null)
        {
            ConfigureHost = builder =>
            {
                builder.Configuration["Storage:DatabasePath"] = databasePath;
                builder.Services.Replace(ServiceDescriptor.Singleton(answers));
                configure?.Invoke(builder);
            },
        }.BuildHost();
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>A new bot, as the host creates one per turn.</summary>
    public IBot Bot => Services.GetRequiredService<IBot>();

    /// <summary>An adapter for <paramref name="conversation"/> (default: the TestAdapter's own, channel "test").</summary>
    public RedeliveringTestAdapter Adapter(ConversationReference? conversation = null)
    {
        var adapter = new RedeliveringTestAdapter(conversation);
        foreach (var middleware in Services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
        {
            adapter.Use(middleware);
        }

        adapter.OnTurnError = Services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        return adapter;
    }

    public TestFlow Flow(TestAdapter adapter) => new(adapter, Bot);

    public void Dispose() => _host.Dispose();
}
