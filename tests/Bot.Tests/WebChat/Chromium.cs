namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// Debian's Chromium, which the browser tests drive (installed by <c>.ci/setup.d/30-chromium.sh</c>). <c>CHROMIUM_PATH</c>
/// overrides where it is looked for.
/// </summary>
public static class Chromium
{
    public static string? ExecutablePath { get; } = Find();

    /// <summary>In CI (<c>CI=true</c>) a missing browser is a failure, never a skip.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A test that needs Chromium: skipped with the reason on a developer's machine without it, run (and failing) in CI.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.Required)
        {
            Skip = "Chromium is not installed (run .ci/setup.d/30-chromium.sh as root); CI runs these tests.";
        }
    }
}
