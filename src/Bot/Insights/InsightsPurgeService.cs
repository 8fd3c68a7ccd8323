using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Insights;

/// <summary>
/// Enforces <c>Insights:RetentionDays</c>: deletes older events and kept answers when the host starts, then every
/// <see cref="Interval"/>. Runs even when recording is off, so that what was recorded before still goes in time.
/// A failure is logged and tried again at the next round.
/// </summary>
public sealed class InsightsPurgeService(
    IInsightStore store,
    IOptions<InsightsOptions> options,
    TimeProvider clock,
    ILogger<InsightsPurgeService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromHours(6);

    /// <summary>One purge: everything older than the retention period, as of now. Returns how many rows went.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow() - options.Value.Retention;
        var deleted = await store.PurgeAsync(before, cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Insights purge: {Deleted} rows older than {Before:u} deleted", deleted, before);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Insights purge failed: tried again in {Interval}", Interval);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
