using System.Text.RegularExpressions;

namespace Mednum49.Knowledge.Tests.Support;

/// <summary>A throw-away copy of the embedded knowledge base that a test can break one file at a time.</summary>
public sealed class KnowledgeBaseCopy : IDisposable
{
    public KnowledgeBaseCopy()
    {
        Folder = Directory.CreateTempSubdirectory("kb-copy-").FullName;
        foreach (var file in Directory.EnumerateFiles(EmbeddedKnowledgeBase.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(EmbeddedKnowledgeBase.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Folder, file), text);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> and returns the 1-based line where the replacement starts.</summary>
    public int Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in {file}: the test data changed.");
        Write(file, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
        return LineAt(text, at);
    }

    /// <summary>The 1-based line of the first line matching <paramref name="pattern"/> in a file of the copy.</summary>
    public int LineOf(string file, string pattern)
    {
        var text = Read(file);
        var match = Regex.Match(text, pattern, RegexOptions.Multiline);
        Assert.True(match.Success, $"'{pattern}' not found in {file}.");
        return LineAt(text, match.Index);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
