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

    private string PlacesPath => options.Value.ResolvedPlacesPath;

    public KnowledgeBase Current => Volatile.Read(ref _current) ?? LoadFirst();

    public KnowledgeBaseLoadResult Reload()
    {
        KnowledgeBaseLoadResult result;
        KnowledgeBase? previous;
        KnowledgeBase next;
        lock (_gate)
        {
            result = KnowledgeBaseLoader.Load(Folder, PlacesPath);
            previous = _current;
            if (result.IsValid && previous is not null && result.KnowledgeBase!.OpenData.Load.FileErrors is { Count: > 0 } unreadable)
            {
                // A places file that cannot be read (half-copied, wrong format) would lose its places: keep serving the previous snapshot.
                LogPlacesReloadRejected(logger, PlacesPath, unreadable.Count, previous.Generation);
                foreach (var error in unreadable)
                {
                    LogError(logger, error.ToString());
                }

                return result with { KnowledgeBase = null, Errors = [.. unreadable.Select(e => new KnowledgeBaseError(e.File, e.Line, e.Reason))] };
            }

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
        LogPlaces(next);
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

            var result = KnowledgeBaseLoader.Load(Folder, PlacesPath);
            if (!result.IsValid)
            {
                throw new KnowledgeBaseInvalidException(Folder, result.Errors);
            }

            var first = result.KnowledgeBase!.WithGeneration(++_generation);
            Volatile.Write(ref _current, first);
            LogLoaded(logger, Folder, first.Generation, result.Elapsed.TotalMilliseconds);
            LogPlaces(first);
            return first;
        }
    }

    /// <summary>The places files' summary; unreadable files are errors (their places are missing), row problems warnings.</summary>
    private void LogPlaces(KnowledgeBase kb)
    {
        var load = kb.OpenData.Load;
        foreach (var error in load.FileErrors)
        {
            LogError(logger, error.ToString());
        }

        if (load.Read > 0 || load.FileErrors.Count > 0)
        {
            LogPlacesLoaded(logger, PlacesPath, load.Summary);
        }

        foreach (var problem in load.Problems.Take(20))
        {
            LogPlaceProblem(logger, problem.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Open-data places from {Path}: {Summary}")]
    private static partial void LogPlacesLoaded(ILogger logger, string path, string summary);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Open-data place problem: {Problem}")]
    private static partial void LogPlaceProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base reload from {Path} rejected: {ErrorCount} places file(s) cannot be read; still serving generation {Generation}")]
    private static partial void LogPlacesReloadRejected(ILogger logger, string path, int errorCount, int generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base loaded from {Folder} (generation {Generation}) in {ElapsedMs:0} ms")]
    private static partial void LogLoaded(ILogger logger, string folder, int generation, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base reload from {Folder} rejected: {ErrorCount} error(s); still serving generation {Generation}")]
    private static partial void LogReloadRejected(ILogger logger, string folder, int errorCount, int generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base error: {Error}")]
    private static partial void LogError(ILogger logger, string error);
}
