using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Generation;
using Mednum49.Knowledge.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge;

public static class KnowledgeHostingExtensions
{
    /// <summary>Registers the knowledge base, its search index and the orientation answers.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => Directory.Exists(o.DataPath),
                $"The knowledge-base folder does not exist. Set '{KnowledgeOptions.Section}:DataPath' to the folder that holds the YAML files.")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddKnowledgeBase();
        builder.Services.TryAddSingleton(TimeProvider.System); // the conversation's clock (context expiry)
        builder.Services.AddSingleton<IAnswerEngine, AnswerEngine>();
        builder.Services.AddSingleton<IAnswerService, EngineAnswerService>();
        builder.Services.AddHostedService<AnswerEngineWarmup>();
        builder.AddAnswerGeneration(); // Last: with AzureOpenAI:Endpoint set, wraps the engine in grounded generation.
        return builder;
    }

    internal static string DataPath(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DataPath;
}
