using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mednum49.Bot.Tests.Support;

/// <summary>The real web host (Program.cs) on a real loopback Kestrel port.</summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public BotHostFactory(string environment = "Development", Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _environment = environment;
        _settings = settings ?? [];
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
}
