using YamlDotNet.RepresentationModel;

namespace Mednum49.Knowledge.Tests.Answering;

/// <summary>One evaluation case: the question and what its rendered answer must (not) contain, as ../shared/eval/check.py reads it.</summary>
public sealed record QuestionCase(string Id, string Category, string Question, bool Found, IReadOnlyList<string> All, IReadOnlyList<string> Any, IReadOnlyList<string> None);

/// <summary>Reads a question file in the evaluation format (<c>cases: - {id, cat, q, all, any, none, found}</c>).</summary>
public static class QuestionSet
{
    public static IReadOnlyList<QuestionCase> Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var cases = (YamlSequenceNode)root.Children[new YamlScalarNode("cases")];
        return [.. cases.OfType<YamlMappingNode>().Select(Case)];
    }

    private static QuestionCase Case(YamlMappingNode node)
    {
        string Scalar(string key, string fallback = "") =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { } text } ? text : fallback;
        IReadOnlyList<string> List(string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode items
                ? [.. items.OfType<YamlScalarNode>().Select(i => i.Value ?? "")]
                : [];

        return new QuestionCase(
            Scalar("id"),
            Scalar("cat", "other"),
            Scalar("q"),
            !string.Equals(Scalar("found", "true"), "false", StringComparison.OrdinalIgnoreCase),
            List("all"),
            List("any"),
            List("none"));
    }
}
