using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Knowledge.Tests.Generation;

public sealed class GenerationHostingTests
{
    private static HostApplicationBuilder Builder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddKnowledge();
        // The engine's registration, until the engine lands on main with its own.
        builder.Services.AddSingleton(Mock.Of<IAnswerEngine>());
        return builder;
    }

    [Fact]
    public async Task Without_the_section_nothing_is_registered_and_the_engines_answer_service_is_used()
    {
        var builder = Builder();

        Assert.DoesNotContain(builder.Services, s => s.ServiceType == typeof(IChatClient));
        Assert.DoesNotContain(builder.Services, s => s.ImplementationType == typeof(GroundedAnswerService));
        using var host = builder.Build();
        await host.StartAsync();
        Assert.IsNotType<GroundedAnswerService>(host.Services.GetRequiredService<IAnswerService>());
        Assert.Null(host.Services.GetService<IChatClient>());
        await host.StopAsync();
    }

    [Fact]
    public async Task A_deployment_without_an_endpoint_leaves_generation_off()
    {
        using var host = Builder(("AzureOpenAI:Deployment", "chat")).Build();

        await host.StartAsync();

        Assert.IsNotType<GroundedAnswerService>(host.Services.GetRequiredService<IAnswerService>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("AzureOpenAI:Deployment", "https://mednum49.openai.azure.com/", null, null)]
    [InlineData("AzureOpenAI:Endpoint", "mednum49.openai.azure.com", "chat", null)]
    [InlineData("AzureOpenAI:Endpoint", "http://mednum49.openai.azure.com/", "chat", null)]
    [InlineData("AzureOpenAI:Temperature", "https://mednum49.openai.azure.com/", "chat", "0.5")]
    public async Task An_invalid_section_stops_the_host_at_start_naming_the_key(string key, string endpoint, string? deployment, string? temperature)
    {
        var settings = new List<(string, string)> { ("AzureOpenAI:Endpoint", endpoint) };
        if (deployment is not null)
        {
            settings.Add(("AzureOpenAI:Deployment", deployment));
        }

        if (temperature is not null)
        {
            settings.Add(("AzureOpenAI:Temperature", temperature));
        }

        using var host = Builder([.. settings]).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.Contains($"'{key}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_time_budget_close_to_the_channels_limit_is_refused()
    {
        using var host = Builder(
            ("AzureOpenAI:Endpoint", "https://mednum49.openai.azure.com/"),
            ("AzureOpenAI:Deployment", "chat"),
            ("AzureOpenAI:TimeBudget", "00:00:14")).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.Contains("'AzureOpenAI:TimeBudget'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("test-key")]
    [InlineData(null)]
    public async Task With_an_endpoint_and_a_deployment_the_grounded_service_answers_over_an_azure_chat_client(string? apiKey)
    {
        var settings = new List<(string, string)>
        {
            ("AzureOpenAI:Endpoint", "https://mednum49.openai.azure.com/"),
            ("AzureOpenAI:Deployment", "chat"),
        };
        if (apiKey is not null)
        {
            settings.Add(("AzureOpenAI:ApiKey", apiKey));
        }

        using var host = Builder([.. settings]).Build();
        await host.StartAsync();

        // Built for real (no call is made): an API key, or DefaultAzureCredential when there is none.
        var chat = host.Services.GetRequiredService<IChatClient>();
        Assert.Equal("chat", chat.GetService<ChatClientMetadata>()?.DefaultModelId);
        Assert.IsType<GroundedAnswerService>(host.Services.GetRequiredService<IAnswerService>());
        Assert.Single(host.Services.GetServices<IAnswerService>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("https://api.mistral.ai/v1", "test-key")]
    [InlineData("https://albert.api.etalab.gouv.fr/v1", "test-key")]
    [InlineData("http://127.0.0.1:11434/v1", null)]
    [InlineData("http://localhost:8000/v1", null)]
    [InlineData("http://[::1]:8000/v1", null)]
    public async Task The_openai_compatible_provider_answers_through_a_chat_client_on_its_endpoint(string endpoint, string? apiKey)
    {
        var settings = new List<(string, string)>
        {
            ("Generation:Provider", "openai-compatible"),
            ("OpenAI:Endpoint", endpoint),
            ("OpenAI:Model", "mistral-small-latest"),
        };
        if (apiKey is not null)
        {
            settings.Add(("OpenAI:ApiKey", apiKey));
        }

        using var host = Builder([.. settings]).Build();
        await host.StartAsync();

        var metadata = host.Services.GetRequiredService<IChatClient>().GetService<ChatClientMetadata>();
        Assert.Equal("mistral-small-latest", metadata?.DefaultModelId);
        Assert.Equal(new Uri(endpoint).Host, metadata?.ProviderUri?.Host);
        Assert.IsType<GroundedAnswerService>(Assert.Single(host.Services.GetServices<IAnswerService>()));
        Assert.IsType<OpenAICompatibleOptions>(host.Services.GetRequiredService<ChatModelOptions>());
        await host.StopAsync();
    }

    [Fact]
    public async Task The_provider_name_is_read_without_case_and_its_own_section_sets_the_time_budget()
    {
        using var host = Builder(
            ("Generation:Provider", " OpenAI-Compatible "),
            ("OpenAI:Endpoint", "https://api.mistral.ai/v1"),
            ("OpenAI:Model", "mistral-small-latest"),
            ("OpenAI:TimeBudget", "00:00:05"),
            ("AzureOpenAI:TimeBudget", "00:00:02")).Build();
        await host.StartAsync();

        Assert.Equal(TimeSpan.FromSeconds(5), host.Services.GetRequiredService<ChatModelOptions>().TimeBudget);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_azure_provider_named_explicitly_reads_only_its_own_section()
    {
        using var host = Builder(
            ("Generation:Provider", "azure-openai"),
            ("AzureOpenAI:Endpoint", "https://mednum49.openai.azure.com/"),
            ("AzureOpenAI:Deployment", "chat"),
            ("OpenAI:Endpoint", "https://api.mistral.ai/v1")).Build();
        await host.StartAsync();

        Assert.Equal("chat", host.Services.GetRequiredService<IChatClient>().GetService<ChatClientMetadata>()?.DefaultModelId);
        Assert.IsType<AzureOpenAIOptions>(host.Services.GetRequiredService<ChatModelOptions>());
        await host.StopAsync();
    }

    [Fact]
    public async Task The_azure_provider_named_explicitly_without_an_endpoint_leaves_generation_off()
    {
        using var host = Builder(("Generation:Provider", "azure-openai")).Build();

        await host.StartAsync();

        Assert.IsNotType<GroundedAnswerService>(host.Services.GetRequiredService<IAnswerService>());
        await host.StopAsync();
    }

    [Theory]
    [InlineData("'OpenAI:Endpoint' is required", "Generation:Provider=openai-compatible", "OpenAI:Model=m")]
    [InlineData("'OpenAI:Endpoint' must be", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=http://api.example.org/v1", "OpenAI:Model=m")]
    [InlineData("'OpenAI:Endpoint' must be", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=http://192.168.1.20:11434/v1", "OpenAI:Model=m")]
    [InlineData("'OpenAI:Endpoint' must be", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=api.mistral.ai/v1", "OpenAI:Model=m")]
    [InlineData("'OpenAI:Endpoint' must be", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=https://api.mistral.ai/v1?key=secret", "OpenAI:Model=m")]
    [InlineData("'OpenAI:Model' is required", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=https://api.mistral.ai/v1")]
    [InlineData("'OpenAI:Temperature'", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=https://api.mistral.ai/v1", "OpenAI:Model=m", "OpenAI:Temperature=0.7")]
    [InlineData("'OpenAI:TimeBudget'", "Generation:Provider=openai-compatible", "OpenAI:Endpoint=https://api.mistral.ai/v1", "OpenAI:Model=m", "OpenAI:TimeBudget=00:00:20")]
    [InlineData("'Generation:Provider' must be", "Generation:Provider=mistral", "OpenAI:Endpoint=https://api.mistral.ai/v1", "OpenAI:Model=m")]
    [InlineData("'Generation:Provider' is not", "OpenAI:Endpoint=https://api.mistral.ai/v1", "OpenAI:Model=m")]
    public async Task A_wrong_provider_setting_stops_the_host_at_start_naming_the_key(string expected, params string[] settings)
    {
        using var host = Builder([.. settings.Select(s => s.Split('=', 2)).Select(p => (p[0], p[1]))]).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }
}
