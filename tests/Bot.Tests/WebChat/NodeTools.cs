namespace Mednum49.Bot.Tests.WebChat;

/// <summary><c>tools/node</c>, where the test build runs <c>npm ci</c>.</summary>
public static class NodeTools
{
    /// <summary>The folder, checked to hold <paramref name="package"/> in its node_modules.</summary>
    public static string Directory(string package)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var tools = Path.Combine(directory.FullName, "tools", "node");
            if (File.Exists(Path.Combine(tools, "package.json")))
            {
                return System.IO.Directory.Exists(Path.Combine(tools, "node_modules", package))
                    ? tools
                    : throw new InvalidOperationException($"{tools}/node_modules/{package} is missing: build tests/Bot.Tests (it runs npm ci there).");
            }
        }

        throw new InvalidOperationException("tools/node not found above " + AppContext.BaseDirectory);
    }
}
