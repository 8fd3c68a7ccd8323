using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mednum49.Knowledge.Loading;

public static class KnowledgeBaseHostingExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeBaseProvider"/> (loaded when the host starts: an invalid base stops it with the
    /// list of errors) and, with <c>Knowledge:ReloadOnChange</c>, the file watcher that reloads it.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledgeBase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IKnowledgeBaseProvider, KnowledgeBaseProvider>();
        builder.Services.AddHostedService<KnowledgeBaseStartupCheck>();
        builder.Services.AddHostedService<KnowledgeBaseFileWatcher>();
        return builder;
    }
}
