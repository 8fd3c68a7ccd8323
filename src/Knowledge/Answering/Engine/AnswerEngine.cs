using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The orientation engine: reads a French question as people type it in Teams and answers it from the knowledge base,
/// deterministically and in a few hundred microseconds. The gazetteer, the action codes and the full-text index are
/// built once per knowledge-base snapshot and swapped in one reference write when the base reloads: no lock on the
/// question path. Thread-safe.
/// </summary>
public sealed partial class AnswerEngine : IAnswerEngine, IDisposable
{
    private readonly IKnowledgeBaseProvider provider;
    private readonly ILogger<AnswerEngine> logger;
    private readonly Lock rebuild = new();
    private readonly TimeProvider clock;
    private EngineState state;

    /// <param name="clock">Today's date for opening hours (Europe/Paris); the system clock by default.</param>
    public AnswerEngine(IKnowledgeBaseProvider provider, ILogger<AnswerEngine>? logger = null, TimeProvider? clock = null)
    {
        this.provider = provider ?? throw new ArgumentNullException(nameof(provider));
        this.logger = logger ?? NullLogger<AnswerEngine>.Instance;
        this.clock = clock ?? TimeProvider.System;
        state = EngineState.Build(provider.Current, this.clock);
        LogBuilt(this.logger, state.Kb.Generation, state.MatcherBuild.TotalMilliseconds, state.IndexBuild.TotalMilliseconds);
        provider.Changed += OnKnowledgeBaseChanged;
    }

    /// <summary>The knowledge-base generation the engine answers from.</summary>
    public int Generation => Volatile.Read(ref state).Kb.Generation;

    public IReadOnlyList<QuestionKindDescription> Kinds => QuestionKinds.All;

    public Answer Ask(string question) => Ask(question, context: null);

    public Answer Ask(string question, DialogueContext? context)
    {
        var text = Clean(question);
        return Run(current => new ConversationTurn(current, ConversationVocabulary.Default).Answer(text, context));
    }

    public Answer Ask(string question, Interpretation interpretation)
    {
        ArgumentNullException.ThrowIfNull(interpretation);
        var text = Clean(question);
        return Run(current => new InterpretationRouter(current, text, interpretation).Route() ?? new QuestionRouter(current, QuestionReader.Read(text, current)).Route());
    }

    public void Dispose()
    {
        provider.Changed -= OnKnowledgeBaseChanged;
        Volatile.Read(ref state).Dispose();
    }

    /// <summary>Bounded, single-line text: a question is never more than a few sentences.</summary>
    private static string Clean(string? question)
    {
        var text = (question ?? "").ReplaceLineEndings(" ").Trim();
        return text.Length > 500 ? text[..500] : text;
    }

    private Answer Run(Func<EngineState, Answer> answer)
    {
        while (true)
        {
            var current = Volatile.Read(ref state);
            try
            {
                return answer(current);
            }
            catch (IndexReplacedException) when (!ReferenceEquals(current, Volatile.Read(ref state)))
            {
                // The base reloaded while this question ran: ask again on the new snapshot.
            }
        }
    }

    private void OnKnowledgeBaseChanged(object? sender, KnowledgeBaseChangedEventArgs e)
    {
        try
        {
            lock (rebuild)
            {
                if (e.Current.Generation <= Volatile.Read(ref state).Kb.Generation)
                {
                    return;
                }

                var next = EngineState.Build(e.Current, clock);
                var previous = Interlocked.Exchange(ref state, next);
                previous.Dispose();
                LogBuilt(logger, next.Kb.Generation, next.MatcherBuild.TotalMilliseconds, next.IndexBuild.TotalMilliseconds);
            }
        }
        catch (Exception exception)
        {
            // Keep answering from the previous snapshot rather than stop answering.
            LogRebuildFailed(logger, exception, e.Current.Generation);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer engine ready for knowledge base generation {Generation}: matcher {MatcherMs:0} ms, index {IndexMs:0} ms")]
    private static partial void LogBuilt(ILogger logger, int generation, double matcherMs, double indexMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not rebuild the answer engine for knowledge base generation {Generation}; the previous one keeps answering")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception, int generation);
}
