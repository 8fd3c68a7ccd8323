using Mednum49.Knowledge.Answering;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// What the previous answer of a conversation was about, as the model may see it when it interprets a question the
/// engine did not understand: the knowledge base's names of its place, subject, theme and action (never what the
/// user typed). An entity of the model's interpretation may come from here as well as from the question.
/// </summary>
internal sealed record ConversationEntities(IReadOnlyList<(string Label, string Name)> Lines)
{
    public const string OpeningTag = "<contexte>";
    public const string ClosingTag = "</contexte>";

    public bool IsEmpty => Lines.Count == 0;

    public IEnumerable<string> Names => Lines.Select(l => l.Name);

    public static ConversationEntities From(DialogueContext? context)
    {
        if (context is null)
        {
            return new([]);
        }

        var lines = new List<(string, string)>();
        Add(lines, "Lieu", context.Place);
        Add(lines, "Sujet", context.Subject);
        Add(lines, "Thème", context.Topic);
        Add(lines, "Action", context.Action);
        return new(lines);
    }

    private static void Add(List<(string, string)> lines, string label, DialogueEntity? entity)
    {
        if (entity is not null && !string.IsNullOrWhiteSpace(entity.Name) && !lines.Any(l => string.Equals(l.Item2, entity.Name, StringComparison.OrdinalIgnoreCase)))
        {
            lines.Add((label, entity.Name.Trim()));
        }
    }
}
