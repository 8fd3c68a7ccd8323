using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mednum49.Bot.Teams;

/// <summary>
/// The Teams app package: a zip with manifest.json and the two icons at its root, ready to upload in Teams
/// ("Apps › Manage your apps › Upload an app") or in the Teams admin center.
/// </summary>
public static class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";

    // Readable French in the file: accents and apostrophes as they are, not \u escapes.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Fixed entry dates: the same options always give the same bytes.
    private static readonly DateTimeOffset EntryTimestamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(TeamsAppPackageOptions options, Stream destination, CancellationToken cancellationToken = default)
    {
        var manifest = JsonSerializer.SerializeToUtf8Bytes(TeamsAppManifest.Build(options), Indented);

        await using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, ManifestFile, manifest, cancellationToken);
        await AddAsync(zip, TeamsAppManifest.ColorIconFile, TeamsAppIcons.Color(), cancellationToken);
        await AddAsync(zip, TeamsAppManifest.OutlineIconFile, TeamsAppIcons.Outline(), cancellationToken);
    }

    /// <summary>Writes the package to <paramref name="path"/>, creating its folder; an existing file is replaced.</summary>
    public static async Task WriteToFileAsync(TeamsAppPackageOptions options, string path, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Written beside the target then moved, so a failure never leaves half a package under the final name.
        var temporary = path + ".tmp";
        try
        {
            await using (var file = File.Create(temporary))
            {
                await WriteAsync(options, file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
    }
}
