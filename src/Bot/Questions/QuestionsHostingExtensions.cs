using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Questions;

public static class QuestionsHostingExtensions
{
    /// <summary>How the bot asks the orientation engine and answers (needs ConversationState and an <c>IAnswerService</c>).</summary>
    public static IHostApplicationBuilder AddQuestions(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<DialogueContextState>();
        builder.Services.TryAddSingleton<QuestionAnswerer>();
        return builder;
    }
}
