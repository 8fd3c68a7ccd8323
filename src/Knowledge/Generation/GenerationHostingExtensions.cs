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
    /// With <c>AzureOpenAI:Endpoint</c> set: validates the <c>AzureOpenAI</c> section at start, registers the
    /// deployment's <see cref="IChatClient"/> and replaces <see cref="IAnswerService"/> by
    /// <see cref="GroundedAnswerService"/> (the engine first, the model only to phrase or to understand).
    /// Without it, registers nothing: the engine's own answer service stays. Call it after the engine's registration.
    /// </summary>
    public static IHostApplicationBuilder AddAnswerGeneration(this IHostApplicationBuilder builder)
    {
        if (!AzureOpenAIOptions.IsEnabled(builder.Configuration))
        {
            return builder;
        }

        const string section = AzureOpenAIOptions.Section;
        builder.Services.AddOptions<AzureOpenAIOptions>()
            .BindConfiguration(section)
            .Validate(o => AzureOpenAIOptions.IsValidEndpoint(o.Endpoint),
                $"'{section}:Endpoint' must be an absolute https URI, e.g. https://my-account.openai.azure.com/.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Deployment),
                $"'{section}:Deployment' is required with '{section}:Endpoint': set it to the name of the chat model deployment.")
            .Validate(o => o.Temperature is >= 0 and <= AzureOpenAIOptions.MaxTemperature,
                $"'{section}:Temperature' must be between 0 and {AzureOpenAIOptions.MaxTemperature.ToString(System.Globalization.CultureInfo.InvariantCulture)}, so answers stay close to the facts.")
            .Validate(o => o.TimeBudget > TimeSpan.Zero && o.TimeBudget <= AzureOpenAIOptions.MaxTimeBudget,
                $"'{section}:TimeBudget' must be more than 0 and at most {AzureOpenAIOptions.MaxTimeBudget:c} (Teams gives a turn 15 s).")
            .Validate(o => o.MaxOutputTokens is >= 50 and <= 4000,
                $"'{section}:MaxOutputTokens' must be between 50 and 4000.")
            .ValidateOnStart();

        builder.Services.AddChatClient(services =>
                AzureOpenAIChatClientFactory.Create(services.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value))
            .UseLogging()
            .UseOpenTelemetry(sourceName: "Mednum49.Generation");

        // Replaces whatever answer service the engine registered, so the order of registrations cannot undo it.
        builder.Services.RemoveAll<IAnswerService>();
        builder.Services.AddSingleton<IAnswerService, GroundedAnswerService>();
        return builder;
    }
}
