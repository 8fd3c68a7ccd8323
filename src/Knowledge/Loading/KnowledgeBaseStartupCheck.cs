using Microsoft.Extensions.Hosting;

namespace Mednum49.Knowledge.Loading;

/// <summary>Loads the knowledge base when the host starts, so that an invalid base stops the bot before it serves anyone.</summary>
internal sealed class KnowledgeBaseStartupCheck(IKnowledgeBaseProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = provider.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
