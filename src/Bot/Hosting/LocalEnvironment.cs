namespace Mednum49.Bot.Hosting;

/// <summary>
/// Which environment the web host runs in when none is set. A Debug build (what <c>dotnet run --project src/Bot</c>
/// builds) defaults to Development — the local bot, no credentials, port 3978 — through a runtime option written in
/// its runtimeconfig.json by Bot.csproj; a Release build keeps ASP.NET Core's default, Production, which fails closed.
/// This replaces a launch profile: <c>dotnet run</c> prints "Using launch settings from …" on stdout whenever one
/// applies, which would corrupt the JSON lines of <c>ask --jsonl</c>.
/// </summary>
public static class LocalEnvironment
{
    public const string DefaultEnvironmentOption = "Mednum49.DefaultEnvironment";

    public static WebApplicationOptions Options(string[] args)
    {
        var configured = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var fallback = AppContext.GetData(DefaultEnvironmentOption) as string;
        var fromArguments = args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase));
        return new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = string.IsNullOrWhiteSpace(configured) && !fromArguments && !string.IsNullOrWhiteSpace(fallback) ? fallback : null,
        };
    }
}
