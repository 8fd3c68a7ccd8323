using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// The real web host (Program.cs) on a real loopback Kestrel port, with its SQLite database in a temporary folder
/// (unless the settings give <c>Storage:DatabasePath</c>).
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFolder = Directory.CreateTempSubdirectory("mednum49-host-").FullName;
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public BotHostFactory(string environment = "Development", Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _environment = environment;
        _settings = settings ?? [];
        _settings.TryAdd("Storage:DatabasePath", Path.Combine(_databaseFolder, "bot.db"));
        // Outside Development the host requires the key of the insights' pseudonyms (a test value).
        _settings.TryAdd("Insights:UserKeySecret", "test-host-secret-for-pseudonyms-0123456789");
        _services = services;
        // Kestrel on a free loopback port, chosen through the "urls" setting: UseKestrel(0) sets the port after the
        // host is built, and the program's host sometimes starts first ("Addresses cannot be modified after the
        // server has started").
        UseKestrel();
    }

    /// <summary>Starts the server and returns its base address (http://127.0.0.1:port/).</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDatabase();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        DeleteDatabase();
    }

    private void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_databaseFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // A connection still closing: the OS temp folder cleans up after us.
        }
    }
}
