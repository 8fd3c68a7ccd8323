using System.Text;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// What the model may say: the engine's facts, then its contacts and places, numbered from 1 so that the model
/// cites them as [n]. The same lines are the reference every name and number of its reply is checked against.
/// </summary>
internal sealed record NumberedFacts(string Title, IReadOnlyList<string> Lines)
{
    public const string OpeningTag = "<faits>";
    public const string ClosingTag = "</faits>";

    public int Count => Lines.Count;

    public static NumberedFacts From(Answer answer)
    {
        var lines = new List<string>();
        lines.AddRange(answer.Facts.Select(f => f.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        lines.AddRange(answer.People.Select(Describe));
        lines.AddRange(answer.Places.Select(Describe));
        return new NumberedFacts(answer.Title, [.. lines.Select(OneLine)]);
    }

    /// <summary>The delimited block of the user message: one <c>[n] text</c> line per fact.</summary>
    public string Block()
    {
        var block = new StringBuilder();
        block.AppendLine(OpeningTag);
        for (var i = 0; i < Lines.Count; i++)
        {
            block.Append('[').Append(i + 1).Append("] ").AppendLine(Lines[i]);
        }

        block.Append(ClosingTag);
        return block.ToString();
    }

    /// <summary>Everything the model was given, as one text: what a grounded reply may quote.</summary>
    public string Reference() => string.Join('\n', Lines.Prepend(Title));

    private static string Describe(AnswerPerson person)
    {
        var text = new StringBuilder("Contact : ").Append(person.Name).Append(" (").Append(person.Organisation);
        if (!string.IsNullOrWhiteSpace(person.Role))
        {
            text.Append(", ").Append(person.Role);
        }

        return text.Append(')').ToString();
    }

    private static string Describe(AnswerPlace place)
    {
        var text = new StringBuilder("Lieu : ").Append(place.Name);
        var details = new[] { place.Kind, place.Commune }.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        if (details.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", details).Append(')');
        }

        return text.ToString();
    }

    // A fact is one line of the block; the tags are ours alone, even if a text were ever to contain them.
    private static string OneLine(string text) =>
        string.Join(' ', text
            .Replace(OpeningTag, " ", StringComparison.OrdinalIgnoreCase)
            .Replace(ClosingTag, " ", StringComparison.OrdinalIgnoreCase)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
