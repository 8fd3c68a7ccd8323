namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The deterministic orientation engine: answers from the knowledge base alone, fast and synchronously.
/// <see cref="IAnswerService"/> is what front ends call; it may add optional generation on top of this engine.
/// </summary>
public interface IAnswerEngine
{
    /// <summary>Understands a French question (typos, no accents, local names) and answers it.</summary>
    Answer Ask(string question);

    /// <summary>
    /// Answers a message of a conversation: read against <paramref name="context"/> (the previous answer's
    /// <see cref="Answer.Context"/>, null for a first message), so "2" picks a pending choice, "merci" gets a short reply
    /// and "et à Segré ?" keeps the topic. The answer carries the conversation's next context (without its time).
    /// </summary>
    Answer Ask(string question, DialogueContext? context);

    /// <summary>
    /// Answers a question already understood elsewhere (e.g. by a language model's structured output): the engine
    /// resolves the entity names itself and answers from the knowledge base, or returns <c>Found = false</c>.
    /// </summary>
    Answer Ask(string question, Interpretation interpretation);

    /// <summary>The question kinds <see cref="Interpretation.Kind"/> may name, described for a model's prompt.</summary>
    IReadOnlyList<QuestionKindDescription> Kinds { get; }
}

/// <param name="Kind">One of <see cref="IAnswerEngine.Kinds"/> (e.g. "places", "action").</param>
/// <param name="Entities">What the question is about, as names people use ("Candé", "BiblioPôle", "B.6") or knowledge-base ids.</param>
/// <param name="Detail">Optional refinement the kind accepts (e.g. "france-services" for "places").</param>
public sealed record Interpretation(string Kind, IReadOnlyList<string> Entities, string? Detail = null);

/// <param name="Kind">The identifier to put in <see cref="Interpretation.Kind"/>.</param>
/// <param name="Description">What the kind answers, in English (for a model's system prompt).</param>
/// <param name="Example">A French question of that kind.</param>
public sealed record QuestionKindDescription(string Kind, string Description, string Example);
