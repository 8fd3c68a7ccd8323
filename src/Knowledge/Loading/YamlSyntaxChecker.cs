using YamlDotNet.Core;

namespace Mednum49.Knowledge.Loading;

/// <summary>Checks that every YAML file of a knowledge-base folder parses, and counts them.</summary>
public static class YamlSyntaxChecker
{
    public static KnowledgeBaseCheck Check(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new KnowledgeBaseCheck(new Dictionary<string, int>(),
                [new KnowledgeBaseError(folder, 0, "The folder does not exist.")]);
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var errors = files
            .Select(file => CheckFile(file) is { } error ? error with { File = Path.GetRelativePath(folder, file) } : null)
            .OfType<KnowledgeBaseError>()
            .ToList();
        return new KnowledgeBaseCheck(new Dictionary<string, int> { ["files"] = files.Count }, errors);
    }

    /// <summary>The first syntax error of a YAML file, or null. Never throws for bad content.</summary>
    public static KnowledgeBaseError? CheckFile(string path)
    {
        using var reader = File.OpenText(path);
        var parser = new Parser(reader);
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                lastGood = parser.Current!.End;
            }

            return null;
        }
        catch (YamlException e)
        {
            return new KnowledgeBaseError(path, (int)e.Start.Line, $"Invalid YAML: {e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these on some malformed input (e.g. an unclosed "[" list):
            // report the line after the last thing that parsed.
            return new KnowledgeBaseError(path, (int)lastGood.Line + 1,
                "Invalid YAML near this line (an unclosed [ ] or { } list, or a misplaced quote?).");
        }
    }
}
