using System.Security.Cryptography;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// The Web Chat bundle the page serves is the official one, vendored by <c>tools/webchat/refresh.sh</c> with its
/// licence and notices: it must be exactly the file the script recorded, and the page must load it from the app.
/// </summary>
public sealed class VendoredWebChatTests
{
    private static readonly string WebRoot = Path.Combine(RepositoryRoot(), "src", "Bot", "wwwroot");

    private static Dictionary<string, string> Version() => File.ReadAllLines(Path.Combine(WebRoot, "webchat", "VERSION"))
        .Select(line => line.Split('=', 2))
        .Where(parts => parts.Length == 2)
        .ToDictionary(parts => parts[0], parts => parts[1]);

    [Fact]
    public void The_bundle_is_the_one_the_refresh_script_recorded_from_botframework_webchat_4_18()
    {
        var version = Version();
        var bundle = Path.Combine(WebRoot, "webchat", version["file"]);

        Assert.StartsWith("4.18.", version["version"]);
        using var stream = File.OpenRead(bundle);
        Assert.Equal(version["sha256"], Convert.ToHexStringLower(SHA256.HashData(stream)));
    }

    [Fact]
    public void The_licence_and_the_bundled_libraries_notices_ship_beside_the_bundle()
    {
        Assert.Contains("MIT License", File.ReadAllText(Path.Combine(WebRoot, "webchat", "LICENSE")));
        Assert.Contains("Copyright", File.ReadAllText(Path.Combine(WebRoot, "webchat", "webchat.js.LICENSE.txt")));
    }

    [Fact]
    public void The_page_loads_only_scripts_and_styles_of_the_app_itself()
    {
        var html = File.ReadAllText(Path.Combine(WebRoot, "index.html"));

        Assert.Matches("<script src=\"webchat/webchat.js\"></script>", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }

    private static string RepositoryRoot() =>
        typeof(VendoredWebChatTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Mednum49.RepositoryRoot").Value!;
}
