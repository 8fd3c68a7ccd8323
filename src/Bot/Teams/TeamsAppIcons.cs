namespace Mednum49.Bot.Teams;

/// <summary>
/// The app's icons, embedded in the assembly so that <c>teams-package</c> works from the published binaries:
/// color.png (192×192, opaque) and outline.png (32×32, white on transparent). They are drawn by code in
/// tests/Bot.Tests/Deployment/TeamsIconArt.cs, which also checks that these files are what it draws.
/// </summary>
public static class TeamsAppIcons
{
    public const string ResourcePrefix = "Mednum49.Bot.Teams.Icons.";

    public static byte[] Color() => Read(TeamsAppManifest.ColorIconFile);

    public static byte[] Outline() => Read(TeamsAppManifest.OutlineIconFile);

    private static byte[] Read(string file)
    {
        using var stream = typeof(TeamsAppIcons).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The embedded icon {ResourcePrefix + file} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
