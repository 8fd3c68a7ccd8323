using Mednum49.Bot.Deduplication;
using Mednum49.Bot.Hosting;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Tests.Storage;

/// <summary><c>Storage:Provider</c> picks every store; a setting that cannot work stops the start and names its key.</summary>
public sealed class StorageConfigurationTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = _file.Path });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddKnowledge();
        builder.AddDatabase();
        builder.AddConversation();
        builder.AddNotes();
        return builder.Build();
    }

    [Fact]
    public void Sqlite_is_the_default_for_everything_stored()
    {
        using var host = Build([]);

        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<SqliteTurnClaimStore>(host.Services.GetRequiredService<ITurnClaimStore>());
        Assert.IsType<SqliteNoteStore>(host.Services.GetRequiredService<INoteStore>());
        Assert.IsType<SqliteConversationReferenceStore>(host.Services.GetRequiredService<IConversationReferenceStore>());
    }

    [Fact]
    public void Postgres_gives_the_postgres_implementation_of_every_contract()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Database=bot;Username=bot" });

        Assert.IsType<PostgresStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<PostgresTurnClaimStore>(host.Services.GetRequiredService<ITurnClaimStore>());
        Assert.IsType<PostgresNoteStore>(host.Services.GetRequiredService<INoteStore>());
        Assert.IsType<PostgresConversationReferenceStore>(host.Services.GetRequiredService<IConversationReferenceStore>());
    }

    [Theory]
    [InlineData("mysql", null, null, "'Storage:Provider'")]
    [InlineData("postgres", null, null, "'Storage:ConnectionString'")]
    [InlineData("postgres", "Host=db;Username=bot;Pasword=typo", null, "'Storage:ConnectionString'")]
    [InlineData("postgres", "Host=db;Username=bot;Password=secret", "managedidentity", "must not carry a password")]
    [InlineData("postgres", "Host=db", "managedidentity", "needs Username")]
    [InlineData("postgres", "Host=db;Username=bot", "certificate", "'Storage:Authentication'")]
    [InlineData("sqlite", null, null, "'Storage:JournalMode'")]
    public async Task A_storage_setting_that_cannot_work_stops_the_start_and_names_the_key(string provider, string? connectionString, string? authentication, string expected)
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Authentication"] = authentication,
            ["Storage:JournalMode"] = provider == "sqlite" ? "memory" : null,
        });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain("secret", failure.Message);
    }

    [Theory]
    [InlineData("auto", "/home/site/data/bot.db", "mednum49-app", SqliteJournalKind.Delete)]
    [InlineData("auto", "/home/site/data/bot.db", null, SqliteJournalKind.Wal)]
    [InlineData("auto", "/tmp/data/bot.db", "mednum49-app", SqliteJournalKind.Wal)]
    [InlineData("WAL", "/home/site/data/bot.db", "mednum49-app", SqliteJournalKind.Wal)]
    [InlineData("delete", "/tmp/bot.db", null, SqliteJournalKind.Delete)]
    public void Sqlite_uses_wal_locally_and_the_rollback_journal_on_app_services_share(string mode, string path, string? siteName, SqliteJournalKind expected)
    {
        Assert.Equal(expected, SqliteJournal.Resolve(mode, path, name => name == "WEBSITE_SITE_NAME" ? siteName : null));
    }

    [Fact]
    public async Task The_delete_journal_is_what_the_file_really_uses()
    {
        await using var connection = await new SqliteDatabase(_file.Path, "delete").OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("delete", (string?)await query.ExecuteScalarAsync());
        Assert.False(File.Exists(_file.Path + "-wal"));
    }

    [Fact]
    public async Task The_health_check_reports_the_database_and_fails_when_it_is_unreachable()
    {
        using var healthy = Build([]);
        using var unreachable = Build(new() { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=bot;Username=bot;Timeout=2" });

        var up = await healthy.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var down = await unreachable.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, up.Entries[DatabaseHealthCheck.Name].Status);
        Assert.Equal("sqlite", up.Entries[DatabaseHealthCheck.Name].Description);
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Equal("postgres unreachable", down.Entries[DatabaseHealthCheck.Name].Description);
    }

    [SkippableFact]
    public async Task The_health_check_of_a_running_postgres_is_healthy()
    {
        await using var schema = await PostgresServer.CreateSchemaAsync();
        using var host = Build(schema.Settings);

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal("postgres", report.Entries[DatabaseHealthCheck.Name].Description);
    }
}
