using Mednum49.Bot.Hosting;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Cli;

/// <summary>
/// A mistake in the generation settings, for each provider, with the real executable: every command that reads the
/// settings, and the web host, print one line naming the key and exit with 1 — no exception, no stack trace.
/// </summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData("ask|Qui porte l'action B.6 ?", "'AzureOpenAI:Endpoint'", "AzureOpenAI__Endpoint=http://mednum49.openai.azure.com/", "AzureOpenAI__Deployment=chat")]
    [InlineData("ask|--jsonl", "'AzureOpenAI:Deployment'", "AzureOpenAI__Endpoint=https://mednum49.openai.azure.com/")]
    [InlineData("ask|Qui porte l'action B.6 ?", "'OpenAI:Endpoint'", "Generation__Provider=openai-compatible", "OpenAI__Endpoint=http://api.example.org/v1", "OpenAI__Model=mistral-small-latest")]
    [InlineData("ask|Qui porte l'action B.6 ?", "'OpenAI:Model'", "Generation__Provider=openai-compatible", "OpenAI__Endpoint=http://127.0.0.1:11434/v1")]
    [InlineData("chat", "'Generation:Provider'", "Generation__Provider=mistral")]
    [InlineData("notes|export|--group|group:numerique-responsable|--out|/dev/null", "'AzureOpenAI:TimeBudget'", "AzureOpenAI__Endpoint=https://mednum49.openai.azure.com/", "AzureOpenAI__Deployment=chat", "AzureOpenAI__TimeBudget=huit secondes")]
    [InlineData("notes|export|--group|group:numerique-responsable|--out|/dev/null", "'OpenAI:TimeBudget'", "Generation__Provider=openai-compatible", "OpenAI__Endpoint=https://api.mistral.ai/v1", "OpenAI__Model=m", "OpenAI__TimeBudget=00:01:00")]
    public async Task A_command_with_a_bad_setting_prints_one_line_naming_the_key_and_exits_with_1(string command, string key, params string[] settings)
    {
        var result = await BotRun.RunAsync(Settings(settings), command.Split('|'));

        AssertOneLineNaming(result, key);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("'OpenAI:Endpoint'", "Generation__Provider=openai-compatible", "OpenAI__Model=llama3.1")]
    [InlineData("'AzureOpenAI:Endpoint'", "AzureOpenAI__Endpoint=ftp://mednum49.openai.azure.com/", "AzureOpenAI__Deployment=chat")]
    public async Task The_web_host_with_a_bad_setting_prints_one_line_naming_the_key_and_exits_with_1(string key, params string[] settings)
    {
        var result = await BotRun.RunAsync(Settings([.. settings, "Bot__AllowUnauthenticated=true", "ASPNETCORE_ENVIRONMENT=Production", "ASPNETCORE_URLS=http://127.0.0.1:0"]));

        AssertOneLineNaming(result, key);
        Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_bad_settings_at_once_are_one_line_that_names_each_key()
    {
        // Two sections failing together reach the host as an AggregateException: still one line, still exit code 1.
        var result = await BotRun.RunAsync(Settings(
            "AzureOpenAI__Endpoint=http://mednum49.openai.azure.com/", "AzureOpenAI__Deployment=chat",
            "MicrosoftAppId=", "ASPNETCORE_ENVIRONMENT=Production", "ASPNETCORE_URLS=http://127.0.0.1:0"));

        AssertOneLineNaming(result, "'AzureOpenAI:Endpoint'");
        Assert.Contains("'MicrosoftAppId'", result.ErrorLines[0], StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings(params string[] settings)
    {
        var all = settings.Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        all["Storage__DatabasePath"] = _database.Path;
        return all;
    }

    private static void AssertOneLineNaming(BotProcessResult result, string key)
    {
        Assert.True(result.ExitCode == ConfigurationErrors.ExitCode, $"exit code {result.ExitCode}, stderr:\n{result.Error}");
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(ConfigurationErrors.Prefix, line, StringComparison.Ordinal);
        Assert.Contains(key, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
