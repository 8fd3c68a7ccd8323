using System.Collections.Concurrent;

namespace Mednum49.Bot.Storage;

/// <summary>
/// Runs each component's migrations once per process, for <see cref="SqliteDatabase"/> and
/// <see cref="PostgresDatabase"/>: the first use migrates (one component at a time), later uses pass straight through;
/// a failed migration is not remembered, so the next use tries again. Across processes, each database serialises
/// migrations its own way.
/// </summary>
internal sealed class MigrationGate
{
    private readonly ConcurrentDictionary<string, bool> _migrated = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _migrating = new(1, 1);

    public async Task EnsureAsync(string component, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        if (_migrated.ContainsKey(component))
        {
            return;
        }

        await _migrating.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated.ContainsKey(component))
            {
                await migrate(cancellationToken);
                _migrated[component] = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }
}
