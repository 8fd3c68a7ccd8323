using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Tests.Answering;

namespace Mednum49.Knowledge.Tests.Support;

/// <summary>The scoring rules of ../shared/eval/check.py, for the project's question and conversation sets.</summary>
public static class EvalCheck
{
    /// <summary>Why an answer fails a case, in check.py's words; empty when it passes.</summary>
    public static List<string> Why(QuestionCase c, Answer answer)
    {
        var text = EmbeddedEngine.Folded(EmbeddedEngine.Text(answer));
        var why = new List<string>();
        if (answer.Found != c.Found)
        {
            why.Add($"found={answer.Found}");
        }

        why.AddRange(c.All.Where(s => !text.Contains(EmbeddedEngine.Folded(s), StringComparison.Ordinal)).Select(s => $"missing '{s}'"));
        if (c.Any.Count > 0 && !c.Any.Any(s => text.Contains(EmbeddedEngine.Folded(s), StringComparison.Ordinal)))
        {
            why.Add($"none of [{string.Join(", ", c.Any)}]");
        }

        why.AddRange(c.None.Where(s => text.Contains(EmbeddedEngine.Folded(s), StringComparison.Ordinal)).Select(s => $"has '{s}'"));
        return why;
    }
}
