using Mednum49.Knowledge;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;
using Moq;

namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// The embedded knowledge base with the open-data places fixtures of Knowledge.Tests (clearly fictitious places,
/// phones in 01 99 00 xx xx), and an engine on them: answers about places as the bot really builds them.
/// </summary>
public static class PlacesKnowledge
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Places", "Fixtures");

    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var result = KnowledgeBaseLoader.Load(KnowledgeOptions.DefaultDataPath, Folder);
        return result.KnowledgeBase ?? throw new InvalidOperationException("The knowledge base with the places fixtures is invalid: " + string.Join("; ", result.Errors));
    });

    private static readonly Lazy<AnswerEngine> Engine = new(() =>
        new AnswerEngine(Mock.Of<IKnowledgeBaseProvider>(p => p.Current == Loaded.Value)));

    public static Answer Ask(string question) => Engine.Value.Ask(question);
}
