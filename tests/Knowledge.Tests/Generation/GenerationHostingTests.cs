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
}
