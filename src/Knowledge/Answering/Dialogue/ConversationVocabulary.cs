using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The words that carry a conversation — follow-up openers, references ("elle", "leur", "là-bas"), small talk, the
/// replies to a pending choice, abbreviations — read from <c>Data/vocabulary/conversation.yaml</c>, which ships
/// embedded in the assembly (coordinators edit the file; the code holds no word list).
/// </summary>
internal sealed partial class ConversationVocabulary
{
    private const string Resource = "Mednum49.Knowledge.Vocabulary.conversation.yaml";

    private static readonly Lazy<ConversationVocabulary> Embedded = new(() => Parse(ReadEmbedded()));

    /// <summary>Read apart from <see cref="Default"/>: loading places must not wait for the conversation's compiled patterns.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> EmbeddedWordAbbreviations = new(() => WordAbbreviationsOf(ReadEmbedded()));

    public static ConversationVocabulary Default => Embedded.Value;

    /// <summary>
    /// The one-word abbreviations, folded, with their folded words (« epn » → espace public numerique): how the names of
    /// places are read, so that « l'EPN de Beaufort » in a file and « l'espace public numérique » in a question meet.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> WordAbbreviations => EmbeddedWordAbbreviations.Value;

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IReadOnlyDictionary<string, string[]> WordAbbreviationsOf(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("conversation")];
        return root.Children.TryGetValue(new YamlScalarNode("abbreviations"), out var node) && node is YamlMappingNode map
            ? map.Children
                .Select(p => (Short: Understanding.TextNormalizer.Fold(((YamlScalarNode)p.Key).Value ?? ""), Long: Understanding.TextNormalizer.Fold(((YamlScalarNode)p.Value).Value ?? "")))
                .Where(p => p.Short.Length > 0 && !p.Short.Contains(' ', StringComparison.Ordinal) && p.Long.Length > 0)
                // « fede » and « fédé » fold alike: the first one written wins.
                .DistinctBy(p => p.Short, StringComparer.Ordinal)
                .ToDictionary(p => p.Short, p => p.Long.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            : new Dictionary<string, string[]>();
    }

    public required IReadOnlyList<(Regex Pattern, string Expansion)> Abbreviations { get; init; }

    public required PhraseSet Openers { get; init; }

    public required PhraseSet Closers { get; init; }

    public required PhraseSet SubjectReferences { get; init; }

    public required PhraseSet Possessives { get; init; }

    public required PhraseSet PlaceReferences { get; init; }

    /// <summary>Stand for the intercommunality of the conversation's place ("la CC", "l'agglo").</summary>
    public PhraseSet IntercommunalityReferences { get; init; } = PhraseSet.Empty;

    /// <summary>Stand for the bassin, polarité or micro-territory of the conversation's place ("ce bassin").</summary>
    public PhraseSet SubdivisionReferences { get; init; } = PhraseSet.Empty;

    /// <summary>Ordinals that point into the last answer's list inside a question ("la 2e est portée par qui ?").</summary>
    public PhraseSet Ordinals { get; init; } = PhraseSet.Empty;

    /// <summary>The last question asked again ("c'est le même ?").</summary>
    public PhraseSet Again { get; init; } = PhraseSet.Empty;

    /// <summary>"l'autre" after a list of two.</summary>
    public PhraseSet TheOther { get; init; } = PhraseSet.Empty;

    /// <summary>The rest of a kind after one of it ("et les autres groupes ?").</summary>
    public PhraseSet Others { get; init; } = PhraseSet.Empty;

    /// <summary>A person's colleagues ("et sa collègue ?", "ses collègues").</summary>
    public PhraseSet Colleagues { get; init; } = PhraseSet.Empty;

    /// <summary>Short questions about the last answer's subject ("depuis quand ?", "c'est dans quel axe ?").</summary>
    public PhraseSet SubjectQuestions { get; init; } = PhraseSet.Empty;

    /// <summary>Which structure employs or carries the people of the last list ("il est rattaché à quelle asso ?").</summary>
    public PhraseSet BelongsTo { get; init; } = PhraseSet.Empty;

    /// <summary>"pourquoi ?" about the last answer, asked alone.</summary>
    public PhraseSet Why { get; init; } = PhraseSet.Empty;

    /// <summary>Ask for the roadmap's next action or group ("l'action suivante").</summary>
    public PhraseSet Next { get; init; } = PhraseSet.Empty;

    /// <summary>Ask for the roadmap's previous action or group ("la précédente").</summary>
    public PhraseSet Previous { get; init; } = PhraseSet.Empty;

    /// <summary>Words around a number that points into the last answer's list ("et le groupe 3 ?").</summary>
    public PhraseSet ListItemWords { get; init; } = PhraseSet.Empty;

    public required PhraseSet ChoiceHelp { get; init; }

    public required PhraseSet ChoiceCancel { get; init; }

    /// <summary>Asks for the rest of the last answer's lists ("suite", "voir tout", "les autres").</summary>
    public PhraseSet More { get; init; } = PhraseSet.Empty;

    /// <summary>Small-talk kinds in order of precedence, each with its reply and phrases.</summary>
    public required IReadOnlyList<SmallTalkKind> SmallTalk { get; init; }

    public required PhraseSet SmallTalkFillers { get; init; }

    /// <summary>The question with its abbreviations written out ("action gdv" → "action gens du voyage").</summary>
    public string Expand(string question)
    {
        foreach (var (pattern, expansion) in Abbreviations)
        {
            question = pattern.Replace(question, expansion);
        }

        return question;
    }

    public static ConversationVocabulary Parse(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("conversation")];
        YamlNode? Node(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
        IEnumerable<string> Strings(YamlMappingNode map, string key) =>
            Node(map, key) is YamlSequenceNode items ? items.OfType<YamlScalarNode>().Select(i => i.Value ?? "").Where(v => v.Length > 0) : [];
        PhraseSet Set(YamlMappingNode map, string key) => new(Strings(map, key));

        var references = Node(root, "references") as YamlMappingNode ?? new YamlMappingNode();
        var sequence = Node(root, "sequence") as YamlMappingNode ?? new YamlMappingNode();
        var abbreviations = Node(root, "abbreviations") is YamlMappingNode abbreviationMap
            ? abbreviationMap.Children
                .Select(p => (Short: ((YamlScalarNode)p.Key).Value ?? "", Long: ((YamlScalarNode)p.Value).Value ?? ""))
                .Where(p => p.Short.Length > 0 && p.Long.Length > 0)
                // Literal words and one separator class: linear, so the timeout is only a guard, long enough that a
                // starved thread on a busy host never trips it.
                .Select(p => (new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"[\s.\-']*", p.Short.Split(' ').Select(Regex.Escape))}(?![\p{{L}}\p{{N}}])",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2)), p.Long)) // every message
                .ToList()
            : [];
        var smallTalk = Node(root, "small_talk") is YamlSequenceNode kinds
            ? kinds.OfType<YamlMappingNode>()
                .Select(k => new SmallTalkKind(
                    (Node(k, "kind") as YamlScalarNode)?.Value ?? "",
                    (Node(k, "reply") as YamlScalarNode)?.Value ?? "",
                    new PhraseSet(Strings(k, "phrases"))))
                .ToList()
            : [];

        return new ConversationVocabulary
        {
            Abbreviations = abbreviations,
            Openers = Set(root, "follow_up_openers"),
            Closers = Set(root, "follow_up_closers"),
            SubjectReferences = Set(references, "subject"),
            Possessives = Set(references, "possessive"),
            PlaceReferences = Set(references, "place"),
            IntercommunalityReferences = Set(references, "intercommunality"),
            SubdivisionReferences = Set(references, "subdivision"),
            SubjectQuestions = Set(root, "subject_questions"),
            Colleagues = Set(root, "colleagues"),
            BelongsTo = Set(root, "belongs_to"),
            Why = Set(root, "why"),
            Others = Set(root, "others"),
            Again = Set(root, "again"),
            TheOther = Set(root, "the_other"),
            Ordinals = Set(root, "ordinals"),
            Next = Set(sequence, "next"),
            Previous = Set(sequence, "previous"),
            ListItemWords = Set(root, "list_item_words"),
            ChoiceHelp = Set(root, "choice_help"),
            ChoiceCancel = Set(root, "choice_cancel"),
            More = Set(root, "more"),
            SmallTalk = smallTalk,
            SmallTalkFillers = Set(root, "small_talk_fillers"),
        };
    }
}

/// <param name="Kind">greeting, thanks, acknowledgement, goodbye…</param>
internal sealed record SmallTalkKind(string Kind, string Reply, PhraseSet Phrases)
{
    public const string Greeting = "greeting";
}
