using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// What a conversation is about after an answer: the question as the engine understood it, its place, its subject
/// (a person, a structure, an organisation, an action, a working group), its theme, the action it led to, the choices
/// offered, and when. Produced with each <see cref="Answer"/> (<see cref="Answer.Context"/>) and given back with the
/// next message (<see cref="IAnswerService.AskAsync(string, DialogueContext?, CancellationToken)"/>), so the bot,
/// <c>chat</c> and <c>ask --jsonl</c> read follow-ups the same way. Plain data: front ends store it as JSON
/// (<see cref="ToJson"/>), per conversation, and never look inside.
/// </summary>
public sealed record DialogueContext
{
    /// <summary>How long a conversation's context holds: a message after a longer silence starts afresh.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The last question answered, as understood (a follow-up completed, a choice's query).</summary>
    public string Question { get; init; } = "";

    /// <summary>The kind of the last answer (<see cref="QuestionKinds"/>).</summary>
    public string Kind { get; init; } = QuestionKinds.Help;

    /// <summary>The place the conversation is about (a commune, a bassin, an intercommunality, the département).</summary>
    public DialogueEntity? Place { get; init; }

    /// <summary>The person, structure, organisation, action or working group the last answer was about.</summary>
    public DialogueEntity? Subject { get; init; }

    /// <summary>What was asked about the place, as typed ("france services", "conseillers numériques", "habitants").</summary>
    public string? Asked { get; init; }

    /// <summary>The theme asked about ("gens du voyage", "seniors").</summary>
    public DialogueEntity? Topic { get; init; }

    /// <summary>The roadmap action the last answer named or led to (for "cette action", "le contact au Département").</summary>
    public DialogueEntity? Action { get; init; }

    /// <summary>The choices the last answer offered, in the order shown: "2" or "la deuxième" picks one.</summary>
    public IReadOnlyList<AnswerChoice> Choices { get; init; } = [];

    /// <summary>
    /// The actions, groups, structures, organisations or people the last answer listed, in the order shown, when it
    /// offered no choice: "le 3" or "et le groupe 2 ?" asks about that one.
    /// </summary>
    public IReadOnlyList<AnswerChoice> Items { get; init; } = [];

    /// <summary>
    /// The page of the answer to <see cref="Question"/> shown last: 0 for the answer itself, 1 after one "suite"
    /// (<see cref="AnswerPages"/>).
    /// </summary>
    public int Page { get; init; }

    /// <summary>True once the conversation has been greeted: a second "bonjour" gets a short reply.</summary>
    public bool Greeted { get; init; }

    /// <summary>When the answer was given.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>
    /// True when <paramref name="message"/> answers the pending <see cref="Choices"/>: a pick ("2", "la deuxième", a
    /// name), "aide" or "annuler". Front ends give such a message to the engine before their own commands.
    /// </summary>
    public bool IsChoiceReply(string? message)
    {
        if (Choices.Count == 0 || string.IsNullOrWhiteSpace(message))
        {
            return false;
        }

        var vocabulary = ConversationVocabulary.Default;
        var text = vocabulary.Expand(message);
        var words = Understanding.TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ChoiceReply.Pick(text, Choices) is not null || vocabulary.ChoiceHelp.IsWhole(words) || vocabulary.ChoiceCancel.IsWhole(words);
    }

    /// <summary>The pending choice <paramref name="message"/> picks ("2", "la deuxième", its name), or null.</summary>
    public AnswerChoice? ChoiceFor(string? message) =>
        Choices.Count > 0 && !string.IsNullOrWhiteSpace(message) && ChoiceReply.Pick(ConversationVocabulary.Default.Expand(message), Choices) is { } index
            ? Choices[index]
            : null;

    /// <summary>True when the context holds what a conversation was about (not only choices or a greeting).</summary>
    [JsonIgnore]
    public bool IsAbout => Question.Length > 0;

    public bool IsExpired(DateTimeOffset now) => now - At > Lifetime || At - now > Lifetime;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The context stored by <see cref="ToJson"/>; null for nothing or for text that is not one (never throws).</summary>
    public static DialogueContext? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DialogueContext>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <param name="Id">Knowledge-base id, e.g. <c>commune:49063</c>, <c>action:B.6</c>.</param>
/// <param name="Name">Its name in the knowledge base.</param>
/// <param name="Said">How the question wrote it, when it did ("cande"): put back as typed, it reads the same way.</param>
public sealed record DialogueEntity(string Id, string Name, string? Said = null)
{
    /// <summary>The words to put in a question to name it again.</summary>
    [JsonIgnore]
    public string Words => string.IsNullOrWhiteSpace(Said) ? Name : Said;
}
