using Microsoft.Extensions.Logging;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>Keeps every log entry, with its named values, so tests can check what was logged and why.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        var entry = new LogEntry(logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value), exception);
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }
}

public sealed record LogEntry(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception)
{
    public string? Reason => Values.TryGetValue("Reason", out var reason) ? reason?.ToString() : null;
}
