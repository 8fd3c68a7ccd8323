namespace Mednum49.Bot.Storage;

/// <summary>
/// Applies a component's migrations once per process, on first use (so a store works without a hosted service,
/// in tests as in the host). A failure is not cached: the next call tries again.
/// </summary>
internal sealed class SchemaGate(SqliteDatabase database, string component, IReadOnlyList<string> migrations)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _ready;

    public async ValueTask EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_ready)
            {
                await database.MigrateAsync(component, migrations, cancellationToken);
                _ready = true;
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
