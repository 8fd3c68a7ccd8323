using Mednum49.Knowledge.Loading;

namespace Mednum49.Knowledge.Tests.Loading;

public sealed class YamlSyntaxCheckerTests
{
    [Fact]
    public void Bad_yaml_is_reported_with_the_file_and_the_line()
    {
        var folder = Directory.CreateTempSubdirectory("kb-").FullName;
        File.WriteAllText(Path.Combine(folder, "ok.yaml"), "a: 1\n");
        File.WriteAllText(Path.Combine(folder, "broken.yaml"), "a: 1\nb: [2\nc: 3\n");

        var check = YamlSyntaxChecker.Check(folder);

        var error = Assert.Single(check.Errors);
        Assert.Equal("broken.yaml", error.File);
        Assert.InRange(error.Line, 2, 4);
        Assert.StartsWith("broken.yaml:", error.ToString());
        Assert.Equal(2, check.Counts["files"]);
    }
}
