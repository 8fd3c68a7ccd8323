using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// With <c>Knowledge:ReloadOnChange</c>, reloads the knowledge base when its YAML files change. Changes are debounced
/// (an editor saves in several writes, a coordinator copies several files): one reload after a quiet second. The
/// watcher is listening as soon as <see cref="StartAsync"/> returns, so no change made after start is missed.
/// </summary>
internal sealed partial class KnowledgeBaseFileWatcher(
    IKnowledgeBaseProvider provider,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeBaseFileWatcher> logger) : IHostedService, IDisposable
{
    internal static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private FileSystemWatcher? _placesWatcher;
    private Task? _loop;
    private bool _disposed;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ReloadOnChange)
        {
            return Task.CompletedTask;
        }

        _watcher = new FileSystemWatcher(options.Value.DataPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        LogWatching(logger, options.Value.DataPath);
        _placesWatcher = PlacesWatcher(options.Value);
        _loop = Task.Run(() => ReloadOnChangesAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host that failed to start may stop (or dispose) services that never started: nothing to do then.
        if (_loop is null || _disposed)
        {
            return;
        }

        _watcher!.EnableRaisingEvents = false;
        _placesWatcher?.EnableRaisingEvents = false;
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        _watcher?.Dispose();
        _placesWatcher?.Dispose();
        _stopping.Dispose();
    }

    /// <summary>A second watcher when <c>Knowledge:PlacesPath</c> is outside the knowledge-base folder (a folder, or one file's folder).</summary>
    private FileSystemWatcher? PlacesWatcher(KnowledgeOptions settings)
    {
        var places = Path.GetFullPath(settings.ResolvedPlacesPath);
        var data = Path.GetFullPath(settings.DataPath).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (places.StartsWith(data, StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Directory.Exists(places) ? places : Path.GetDirectoryName(places);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = Directory.Exists(places),
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        LogWatching(logger, places);
        return watcher;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || e.FullPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            || Places.PlacesFileReader.IsPlacesFile(e.FullPath))
        {
            _changed.Release();
        }
    }

    private async Task ReloadOnChangesAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken);
                while (await _changed.WaitAsync(QuietPeriod, stoppingToken))
                {
                    // keep waiting until the files have been quiet for a second
                }

                // Reload never throws for bad files: it logs them and keeps the previous snapshot.
                provider.Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} to reload the knowledge base when its files change")]
    private static partial void LogWatching(ILogger logger, string folder);
}
