using System.Threading.Channels;

namespace Mednum49.Bot.Insights;

/// <summary>
/// Writes insights off the turn: a turn only queues its writes (memory, no I/O), and one background loop applies them
/// in order, so a slow or failing database never delays nor breaks an answer. The queue is bounded; when full, a write
/// is dropped and logged. Pending writes are flushed (for a few seconds at most) when the host stops.
/// </summary>
public sealed class InsightsWriter(IInsightStore store, ILogger<InsightsWriter> logger) : IAsyncDisposable
{
    public const int Capacity = 1_000;

    private static readonly TimeSpan FlushOnStop = TimeSpan.FromSeconds(5);

    private readonly Channel<(string What, Func<IInsightStore, CancellationToken, Task> Write)> _queue =
        Channel.CreateBounded<(string, Func<IInsightStore, CancellationToken, Task>)>(new BoundedChannelOptions(Capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _starting = new();
    private Task? _loop;
    private int _pending;

    /// <summary>Writes queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues a write; false when the queue is full (the write is dropped and logged).</summary>
    public bool Enqueue(string what, Func<IInsightStore, CancellationToken, Task> write)
    {
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite((what, write)))
        {
            Interlocked.Decrement(ref _pending);
            logger.LogWarning("Insight not recorded ({What}): the write queue is full or closed", what);
            return false;
        }

        EnsureLoop();
        return true;
    }

    /// <summary>Waits until every queued write is done (tests, the CLI), or <paramref name="timeout"/> has passed.</summary>
    public async Task<bool> WhenIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Pending > 0)
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is { } loop)
        {
            try
            {
                await loop.WaitAsync(FlushOnStop);
            }
            catch (TimeoutException)
            {
                logger.LogWarning("{Pending} insights not written before the host stopped", Pending);
            }
        }

        await _stopping.CancelAsync();
        _stopping.Dispose();
    }

    private void EnsureLoop()
    {
        if (_loop is not null)
        {
            return;
        }

        lock (_starting)
        {
            _loop ??= Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        await foreach (var (what, write) in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await write(store, _stopping.Token);
            }
            catch (Exception e)
            {
                // Never more than a log line: insights are a by-product of answering.
                logger.LogWarning(e, "Insight not recorded ({What})", what);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }
}
