using System.Globalization;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Generation;

public static class GenerationHostingExtensions
{
    /// <summary>
    /// Reads <c>Generation:Provider</c>. <c>azure-openai</c> (the default) with <c>AzureOpenAI:Endpoint</c> set, or
    /// <c>openai-compatible</c>: validates the provider's section at start, registers its <see cref="IChatClient"/>
    /// and replaces <see cref="IAnswerService"/> by <see cref="GroundedAnswerService"/> (the engine first, the model
    /// only to phrase or to understand). Otherwise registers nothing: the engine's own answer service stays.
    /// Every mistake stops the start with a message naming the key. Call it after the engine's registration.
    /// </summary>
    public static IHostApplicationBuilder AddAnswerGeneration(this IHostApplicationBuilder builder)
    {
        var provider = GenerationOptions.ProviderOf(builder.Configuration);
        var generation = builder.Services.AddOptions<GenerationOptions>()
            .BindConfiguration(GenerationOptions.Section)
            .Validate(o => GenerationOptions.IsKnown(o.Provider),
                $"'{GenerationOptions.ProviderKey}' must be '{GenerationOptions.AzureOpenAI}' (the default) or '{GenerationOptions.OpenAICompatible}'.")
            .ValidateOnStart();

        switch (provider)
        {
            case GenerationOptions.OpenAICompatible:
                return builder.AddOpenAICompatible();
            case null or GenerationOptions.AzureOpenAI when AzureOpenAIOptions.IsEnabled(builder.Configuration):
                return builder.AddAzureOpenAI();
            case null when !string.IsNullOrWhiteSpace(builder.Configuration[$"{OpenAICompatibleOptions.Section}:{nameof(OpenAICompatibleOptions.Endpoint)}"]):
                // Settings that look like generation but would leave it silently off.
                generation.Validate(_ => false,
                    $"'{OpenAICompatibleOptions.Section}:Endpoint' is set but '{GenerationOptions.ProviderKey}' is not: set it to '{GenerationOptions.OpenAICompatible}', or remove '{OpenAICompatibleOptions.Section}:Endpoint'.");
                return builder;
            default:
                return builder;
        }
    }

    private static IHostApplicationBuilder AddAzureOpenAI(this IHostApplicationBuilder builder)
    {
        const string section = AzureOpenAIOptions.Section;
        builder.Services.AddOptions<AzureOpenAIOptions>()
            .BindConfiguration(section)
            .Validate(o => AzureOpenAIOptions.IsValidEndpoint(o.Endpoint),
                $"'{section}:Endpoint' must be an absolute https URI, e.g. https://my-account.openai.azure.com/.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Deployment),
                $"'{section}:Deployment' is required with '{section}:Endpoint': set it to the name of the chat model deployment.")
            .ValidateModelSettings(section)
            .ValidateOnStart();

        return builder.AddGroundedAnswers<AzureOpenAIOptions>(AzureOpenAIChatClientFactory.Create);
    }

    private static IHostApplicationBuilder AddOpenAICompatible(this IHostApplicationBuilder builder)
    {
        const string section = OpenAICompatibleOptions.Section;
        var chosen = $"with '{GenerationOptions.ProviderKey}' = {GenerationOptions.OpenAICompatible}";
        builder.Services.AddOptions<OpenAICompatibleOptions>()
            .BindConfiguration(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Endpoint),
                $"'{section}:Endpoint' is required {chosen}: set it to the API's base URL, e.g. https://api.mistral.ai/v1.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || OpenAICompatibleOptions.IsValidEndpoint(o.Endpoint),
                $"'{section}:Endpoint' must be an absolute https URL, e.g. https://api.mistral.ai/v1 (plain http only for a model on this machine, e.g. http://127.0.0.1:11434/v1).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Model),
                $"'{section}:Model' is required {chosen}: set it to the model's name as the service knows it, e.g. mistral-small-latest.")
            .ValidateModelSettings(section)
            .ValidateOnStart();

        return builder.AddGroundedAnswers<OpenAICompatibleOptions>(OpenAICompatibleChatClientFactory.Create);
    }

    private static OptionsBuilder<T> ValidateModelSettings<T>(this OptionsBuilder<T> options, string section)
        where T : ChatModelOptions =>
        options
            .Validate(o => o.Temperature is >= 0 and <= ChatModelOptions.MaxTemperature,
                $"'{section}:Temperature' must be between 0 and {ChatModelOptions.MaxTemperature.ToString(CultureInfo.InvariantCulture)}, so answers stay close to the facts.")
            .Validate(o => o.TimeBudget > TimeSpan.Zero && o.TimeBudget <= ChatModelOptions.MaxTimeBudget,
                $"'{section}:TimeBudget' must be more than 0 and at most {ChatModelOptions.MaxTimeBudget:c} (Teams gives a turn 15 s).")
            .Validate(o => o.MaxOutputTokens is >= 50 and <= 4000,
                $"'{section}:MaxOutputTokens' must be between 50 and 4000.");

    private static IHostApplicationBuilder AddGroundedAnswers<T>(this IHostApplicationBuilder builder, Func<T, System.ClientModel.Primitives.PipelineTransport?, IChatClient> create)
        where T : ChatModelOptions
    {
        builder.Services.AddSingleton<ChatModelOptions>(services => services.GetRequiredService<IOptions<T>>().Value);
        builder.Services.AddChatClient(services => create(services.GetRequiredService<IOptions<T>>().Value, null))
            .UseLogging()
            .UseOpenTelemetry(sourceName: "Mednum49.Generation");

        // Replaces whatever answer service the engine registered, so the order of registrations cannot undo it.
        builder.Services.RemoveAll<IAnswerService>();
        builder.Services.AddSingleton<IAnswerService, GroundedAnswerService>();
        return builder;
    }
}
