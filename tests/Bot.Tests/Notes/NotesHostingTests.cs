using System.Collections.Concurrent;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NotesHostingTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private readonly CapturedLogs _logs = new();

    public void Dispose() => _database.Dispose();

    private IHost Build(Dictionary<string, string?> settings, bool withGroups = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = _database.Path });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(_logs);
        builder.AddEmbeddedDatabase();
        builder.AddNotes();
        if (withGroups)
        {
            builder.Services.AddSingleton<IWorkingGroupDirectory, RoadmapWorkingGroups>();
        }

        return builder.Build();
    }

    [Fact]
    public async Task The_notes_services_start_and_work_together()
    {
        using var host = Build(new()
        {
            ["Bot:AllowedTenants:0"] = "9a8b7c6d-1111-2222-3333-444455556666",
            ["Notes:Animators:benevoles:0"] = People.Marie.UserPrincipalName,
        });
        await host.StartAsync();

        var rules = host.Services.GetRequiredService<NoteRules>();
        var draft = rules.Validate(new NoteSubmission("group:benevoles", "Texte", null)).ToDraft(People.Marie, "c");
        var added = await host.Services.GetRequiredService<INoteStore>().AddAsync(draft, "k");

        Assert.True(host.Services.GetRequiredService<NotesAccessPolicy>().CanRead(People.Marie, added.Note.GroupId));
        Assert.False(host.Services.GetRequiredService<TenantPolicy>().AllowsAnyTenant);
        Assert.DoesNotContain(_logs.Messages, m => m.Level >= LogLevel.Warning);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_malformed_access_entry_stops_the_start_naming_the_key()
    {
        using var host = Build(new() { ["Notes:Coordinators:0"] = "Marie" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'Notes:Coordinators:0'", failure.Message);
    }

    [Fact]
    public async Task Animators_of_an_unknown_group_and_an_open_tenant_list_are_warned_about()
    {
        using var host = Build(new() { ["Notes:Animators:benevole:0"] = People.Marie.UserPrincipalName });

        await host.StartAsync();

        Assert.Contains(_logs.Messages, m => m.Level == LogLevel.Warning && m.Text.StartsWith("Notes:Animators:benevole names no known working group", StringComparison.Ordinal));
        Assert.Contains(_logs.Messages, m => m.Level == LogLevel.Warning && m.Text.StartsWith("Bot:AllowedTenants is empty", StringComparison.Ordinal));
        await host.StopAsync();
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
