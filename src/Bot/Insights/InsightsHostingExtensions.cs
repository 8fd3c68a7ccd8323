using Mednum49.Bot.Commands;
using Mednum49.Bot.Questions;
using Mednum49.Bot.Storage;
using Mednum49.Bot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Insights;

public static class InsightsHostingExtensions
{
    /// <summary>
    /// What the coordinators learn from use (options <c>Insights:*</c>, see docs/insights.md): the store (the embedded
    /// database: call <c>AddEmbeddedDatabase</c>), the background writer, the recorder that <see cref="QuestionAnswerer"/>
    /// sends its answers through, the middleware of the feedback protocol, the retention purge and the
    /// <c>questions</c> command. Call it after <c>AddNotes</c>: the command's readers are the notes' coordinators.
    /// </summary>
    public static IHostApplicationBuilder AddInsights(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InsightsOptions>, InsightsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddStore<IInsightStore, SqliteInsightStore, PostgresInsightStore>();
        services.TryAddSingleton<InsightKeys>();
        services.TryAddSingleton<InsightsWriter>();
        services.TryAddSingleton<InsightsRecorder>();
        services.TryAddSingleton<IAnswerRecorder>(sp => sp.GetRequiredService<InsightsRecorder>());
        services.AddFileConsentUpload();
        services.TryAddSingleton<InsightsExportConsent>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Bot.Builder.IMiddleware, InsightsMiddleware>());
        services.AddSingleton<ICommandHandler, QuestionsCommand>();
        services.AddHostedService<InsightsPurgeService>();
        return builder;
    }
}
