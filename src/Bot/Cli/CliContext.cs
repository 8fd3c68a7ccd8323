using Mednum49.Bot.Hosting;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Mednum49.Knowledge;

namespace Mednum49.Bot.Cli;

/// <summary>The console a command talks to, and how it builds the same services as the web host.</summary>
public sealed record CliContext(TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>Applied last when a command builds its host (tests replace services here).</summary>
    public Action<IHostApplicationBuilder>? ConfigureHost { get; init; }

    public static CliContext FromConsole() => new(Console.In, Console.Out, Console.Error);

    /// <summary>
    /// A host with the knowledge base and the conversation (bot, state, middleware), but no HTTP endpoint and no
    /// Bot Framework credentials. Logs go to stderr, warnings and above, so stdout stays clean for answers.
    /// </summary>
    public IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // Warnings and above only: appsettings' "Logging" section would otherwise bring Information back, and the
        // console is the user's conversation. This rule is added last, so it wins over the configuration's default.
        builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);

        builder.AddKnowledge();
        builder.AddDatabase();
        builder.AddConversation();
        builder.AddNotes();
        ConfigureHost?.Invoke(builder);
        return builder.Build();
    }
}
