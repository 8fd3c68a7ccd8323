using Mednum49.Knowledge.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// Loads the knowledge base from <c>Knowledge:DataPath</c> on first use and swaps snapshots atomically on reload:
/// readers always see one complete, validated snapshot, never a mix of old and new files.
/// </summary>
public sealed partial class KnowledgeBaseProvider(IOptions<KnowledgeOptions> options, ILogger<KnowledgeBaseProvider> logger) : IKnowledgeBaseProvider
{
    private readonly Lock _gate = new();
    private KnowledgeBase? _current;
    private int _generation;

    public event EventHandler<KnowledgeBaseChangedEventArgs>? Changed;

    private string Folder => options.Value.DataPath;

    public KnowledgeBase Current => Volatile.Read(ref _current) ?? LoadFirst();

    public KnowledgeBaseLoadResult Reload()
    {
        KnowledgeBaseLoadResult result;
        KnowledgeBase? previous;
        KnowledgeBase next;
        lock (_gate)
        {
            result = KnowledgeBaseLoader.Load(Folder);
            previous = _current;
            if (!result.IsValid)
            {
                LogReloadRejected(logger, Folder, result.Errors.Count, previous?.Generation ?? 0);
                foreach (var error in result.Errors)
                {
                    LogError(logger, error.ToString());
                }

                return result;
            }

            next = result.KnowledgeBase!.WithGeneration(++_generation);
            Volatile.Write(ref _current, next);
        }

        LogLoaded(logger, Folder, next.Generation, result.Elapsed.TotalMilliseconds);
        Changed?.Invoke(this, new KnowledgeBaseChangedEventArgs(previous, next));
        return result with { KnowledgeBase = next };
    }

    private KnowledgeBase LoadFirst()
    {
        lock (_gate)
        {
            if (_current is { } loaded)
            {
                return loaded;
            }

            var result = KnowledgeBaseLoader.Load(Folder);
            if (!result.IsValid)
            {
                throw new KnowledgeBaseInvalidException(Folder, result.Errors);
            }

            var first = result.KnowledgeBase!.WithGeneration(++_generation);
            Volatile.Write(ref _current, first);
            LogLoaded(logger, Folder, first.Generation, result.Elapsed.TotalMilliseconds);
            return first;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base loaded from {Folder} (generation {Generation}) in {ElapsedMs:0} ms")]
    private static partial void LogLoaded(ILogger logger, string folder, int generation, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base reload from {Folder} rejected: {ErrorCount} error(s); still serving generation {Generation}")]
    private static partial void LogReloadRejected(ILogger logger, string folder, int errorCount, int generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base error: {Error}")]
    private static partial void LogError(ILogger logger, string error);
}
