using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Tests.Support;

/// <summary>The knowledge base shipped with the bot (src/Knowledge/Data, copied next to the test binaries), loaded once.</summary>
public static class EmbeddedKnowledgeBase
{
    private static readonly Lazy<KnowledgeBaseLoadResult> Loaded = new(() => KnowledgeBaseLoader.Load(Folder));

    public static string Folder => KnowledgeOptions.DefaultDataPath;

    public static KnowledgeBaseLoadResult Result => Loaded.Value;

    /// <summary>The loaded base; fails with every error listed if the embedded files are invalid.</summary>
    public static KnowledgeBase Current =>
        Loaded.Value.KnowledgeBase ?? throw new InvalidOperationException(
            "The embedded knowledge base is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, Loaded.Value.Errors));
}
