using System.Globalization;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Tests.Support;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Mednum49.Knowledge.Tests.Answering.Dialogue;

/// <summary>
/// The project's own conversations (Answering/Dialogue/conversations.yaml): each conversation's turns answered in
/// order by the real engine on the embedded knowledge base, each with the context the previous answer produced (as
/// <c>ask --jsonl</c> and the bot carry it), scored with exactly the rules of ../shared/eval/check.py.
/// </summary>
public sealed class ConversationSetTests(ITestOutputHelper output)
{
    private static string File => Path.Combine(AppContext.BaseDirectory, "Answering", "Dialogue", "conversations.yaml");

    [Fact]
    public void Every_turn_of_the_project_conversations_is_answered_right()
    {
        var results = Results();
        foreach (var category in results.GroupBy(r => r.Case.Category))
        {
            var ok = category.Count(r => r.Why.Count == 0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category.Key,-12} {ok,3}/{category.Count(),-3}"));
        }

        var failures = results.Where(r => r.Why.Count > 0).Select(r => $"{r.Case.Id}: {r.Case.Question} -> {string.Join("; ", r.Why)}{Environment.NewLine}    {r.Text.ReplaceLineEndings(" | ")}").ToList();
        output.WriteLine($"conversations: {results.Count - failures.Count}/{results.Count} turns");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void The_set_holds_at_least_150_turns_in_50_conversations_of_every_kind_of_follow_up()
    {
        var cases = Read();

        Assert.True(cases.Count >= 150, $"{cases.Count} turns");
        Assert.True(cases.Select(c => c.Conversation).Distinct().Count() >= 50);
        Assert.Equal(cases.Count, cases.Select(c => c.Case.Id).Distinct().Count());
        foreach (var kind in new[] { "fresh", "place", "topic", "pronoun", "narrowing", "subject", "choice", "small-talk" })
        {
            Assert.Contains(cases, c => c.Case.Category == kind);
        }
    }

    private static List<(QuestionCase Case, string Text, List<string> Why)> Results()
    {
        var contexts = new Dictionary<string, DialogueContext?>(StringComparer.Ordinal);
        var results = new List<(QuestionCase, string, List<string>)>();
        foreach (var (c, conversation) in Read())
        {
            var answer = EmbeddedEngine.Current.Ask(c.Question, contexts.GetValueOrDefault(conversation));
            contexts[conversation] = answer.Context;
            results.Add((c, EmbeddedEngine.Text(answer), EvalCheck.Why(c, answer)));
        }

        return results;
    }

    private static List<(QuestionCase Case, string Conversation)> Read()
    {
        var cases = QuestionSet.Read(File);
        var yaml = new YamlStream();
        using (var reader = System.IO.File.OpenText(File))
        {
            yaml.Load(reader);
        }

        var nodes = ((YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("cases")]).OfType<YamlMappingNode>().ToList();
        return [.. cases.Zip(nodes, (c, n) => (c, ((YamlScalarNode)n.Children[new YamlScalarNode("conv")]).Value ?? c.Id))];
    }
}
