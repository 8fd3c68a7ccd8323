using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mednum49.Knowledge.Answering;

/// <summary>Builds the answer engine (gazetteer and index) when the host starts, so the first question is as fast as the others.</summary>
internal sealed class AnswerEngineWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IAnswerEngine>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
