using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>A provider that always serves one snapshot (benchmarks, tools and tests that need no reload).</summary>
public sealed class FixedKnowledgeBaseProvider(KnowledgeBase knowledgeBase) : IKnowledgeBaseProvider
{
    public KnowledgeBase Current => knowledgeBase;

    public event EventHandler<KnowledgeBaseChangedEventArgs>? Changed
    {
        add { }
        remove { }
    }

    public KnowledgeBaseLoadResult Reload() => new("", knowledgeBase, [], TimeSpan.Zero);
}
