using Mednum49.Bot.Teams;
using SkiaSharp;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>The icons of the Teams package, decoded with SkiaSharp: sizes, opacity and colours as Teams requires.</summary>
public sealed class TeamsIconTests
{
    private static string IconsFolder => Path.Combine(DeploymentTools.RepositoryRoot, "src", "Bot", "Teams", "Icons");

    [Fact]
    public void The_color_icon_is_192_pixels_square_and_fully_opaque()
    {
        var pixels = Decode(TeamsAppIcons.Color(), out var width, out var height);

        Assert.Equal((192, 192), (width, height));
        Assert.All(pixels, p => Assert.Equal(255, p.Alpha));
        // Not a flat square: a drawing in several colours.
        Assert.True(pixels.Distinct().Count() > 10);
    }

    [Fact]
    public void The_outline_icon_is_32_pixels_square_white_on_transparent()
    {
        var pixels = Decode(TeamsAppIcons.Outline(), out var width, out var height);

        Assert.Equal((32, 32), (width, height));
        Assert.All(pixels, p => Assert.True(p.Alpha == 0 || (p.Red, p.Green, p.Blue) == (255, 255, 255), $"pixel {p} is neither white nor fully transparent"));
        // A real drawing: a transparent background, and a white shape that covers part of the square.
        var transparent = pixels.Count(p => p.Alpha == 0);
        var solid = pixels.Count(p => p.Alpha == 255);
        Assert.InRange(transparent, 32 * 32 / 4, 32 * 32 * 3 / 4);
        Assert.InRange(solid, 32 * 32 / 8, 32 * 32 / 2);
        Assert.All(Edges(pixels, 32), p => Assert.Equal(0, p.Alpha));
    }

    [Fact]
    public void The_packaged_icons_are_the_committed_files()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(IconsFolder, TeamsAppManifest.ColorIconFile)), TeamsAppIcons.Color());
        Assert.Equal(File.ReadAllBytes(Path.Combine(IconsFolder, TeamsAppManifest.OutlineIconFile)), TeamsAppIcons.Outline());
    }

    [Theory]
    [InlineData(TeamsAppManifest.ColorIconFile)]
    [InlineData(TeamsAppManifest.OutlineIconFile)]
    public void The_committed_icons_are_what_the_drawing_code_draws(string file)
    {
        var drawn = file == TeamsAppManifest.ColorIconFile ? TeamsIconArt.DrawColor() : TeamsIconArt.DrawOutline();
        var path = Path.Combine(IconsFolder, file);
        if (Environment.GetEnvironmentVariable("MEDNUM49_REDRAW_ICONS") == "1")
        {
            File.WriteAllBytes(path, drawn);
        }

        var committed = Decode(File.ReadAllBytes(path), out var width, out var height);
        var expected = Decode(drawn, out var expectedWidth, out var expectedHeight);

        Assert.Equal((expectedWidth, expectedHeight), (width, height));
        // Anti-aliasing may differ by a step or two between CPUs (Skia picks SIMD code at run time).
        var worst = committed.Zip(expected).Max(pair => Distance(pair.First, pair.Second));
        Assert.True(worst <= 8, $"{file} differs from the drawing by up to {worst} per channel: redraw it (see TeamsIconArt).");
    }

    private static SKColor[] Decode(byte[] png, out int width, out int height)
    {
        using var codec = SKCodec.Create(new MemoryStream(png)) ?? throw new InvalidDataException("Not an image SkiaSharp can decode.");
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, bitmap.GetPixels()));
        (width, height) = (info.Width, info.Height);
        return bitmap.Pixels;
    }

    private static int Distance(SKColor a, SKColor b) =>
        new[] { a.Red - b.Red, a.Green - b.Green, a.Blue - b.Blue, a.Alpha - b.Alpha }.Max(Math.Abs);

    private static IEnumerable<SKColor> Edges(SKColor[] pixels, int size) =>
        Enumerable.Range(0, size).SelectMany(i => new[] { pixels[i], pixels[(size - 1) * size + i], pixels[i * size], pixels[i * size + size - 1] });
}
