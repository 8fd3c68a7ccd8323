using Mednum49.Knowledge;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;
using Moq;

namespace Mednum49.Bot.Tests.Support;

/// <summary>The knowledge base shipped with the bot, loaded once, and a provider serving it.</summary>
public static class EmbeddedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeBaseLoader.Load(KnowledgeOptions.DefaultDataPath);
        return result.KnowledgeBase ?? throw new InvalidOperationException("The embedded knowledge base is invalid: " + string.Join("; ", result.Errors));
    });

    public static KnowledgeBase Current => Loaded.Value;

    public static IKnowledgeBaseProvider Provider() => Mock.Of<IKnowledgeBaseProvider>(p => p.Current == Current);
}
