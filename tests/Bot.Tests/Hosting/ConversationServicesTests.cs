using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Bot.Hosting;
using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Bot.Tests.Hosting;

public sealed class ConversationServicesTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    private IHost Build(Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = _file.Path });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        // The conversation's commands read the knowledge base (the names of the territories, the action codes).
        builder.AddKnowledge();
        builder.AddEmbeddedDatabase();
        builder.AddConversation();
        builder.AddDialogs();
        builder.Services.AddSingleton<Dialog>(new TextPrompt("exemple.texte"));
        builder.Services.AddSingleton(Mock.Of<IAnswerService>());
        return builder.Build();
    }

    [Fact]
    public void The_bot_keeps_its_state_in_sqlite_and_deduplicates_before_any_other_middleware()
    {
        using var host = Build();

        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<TurnDeduplicationMiddleware>(host.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>().First());
        Assert.IsType<SqliteTurnClaimStore>(host.Services.GetRequiredService<ITurnClaimStore>());
    }

    [Fact]
    public void Dialogs_registered_by_features_are_in_the_runners_set()
    {
        using var host = Build();

        var runner = host.Services.GetRequiredService<DialogRunner>();

        Assert.NotNull(runner.Dialogs.Find("exemple.texte"));
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is RecognizerWarmUp);
    }

    [Fact]
    public async Task An_invalid_retention_stops_the_start_and_names_the_key()
    {
        using var host = Build(new() { ["Deduplication:Retention"] = "00:00:05" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'Deduplication:Retention'", failure.Message);
    }
}
