using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Tests.Support;

/// <summary>
/// The open-data places fixtures (Places/Fixtures: clearly fictitious names, phones in 01 99 00 xx xx, addresses in
/// real communes) loaded with the embedded knowledge base, and an engine on them with a fixed clock.
/// </summary>
public static class PlacesFixtures
{
    /// <summary>Thursday 3 December 2026, 10:30 in Paris (09:30 UTC).</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
        KnowledgeBaseLoader.Load(EmbeddedKnowledgeBase.Folder, Folder).KnowledgeBase ?? throw new InvalidOperationException("The embedded knowledge base is invalid."));

    private static readonly Lazy<AnswerEngine> Engine = new(() => new AnswerEngine(new FixedKnowledgeBaseProvider(Loaded.Value), null, new FixedClock(Now)));

    /// <summary>The folder of the valid fixture files (three files: CSV with ',' and '|', CSV with ';' in Windows-1252, JSON).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Places", "Fixtures", "places");

    /// <summary>Files that cannot be read as the standard.</summary>
    public static string Broken => Path.Combine(AppContext.BaseDirectory, "Places", "Fixtures", "broken");

    public static string File(string name) => Path.Combine(Folder, name);

    public static KnowledgeBase KnowledgeBase => Loaded.Value;

    public static AnswerEngine Current => Engine.Value;

    public static Answer Ask(string question) => Current.Ask(question);
}

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
