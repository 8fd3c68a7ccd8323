using SkiaSharp;

namespace Mednum49.Bot.Tests.Deployment;

/// <summary>
/// Draws the Teams app icons: the "49" of Mednum49 inside a ring of connected nodes (the network of partners).
/// The PNGs are committed in src/Bot/Teams/Icons so that packaging needs no drawing library; the tests check that
/// they are what this code draws (to an anti-aliasing step). After changing the drawing, write them again with
/// <c>MEDNUM49_REDRAW_ICONS=1 dotnet test tests/Bot.Tests --filter "FullyQualifiedName~TeamsIconTests"</c>.
/// All coordinates are on a 192-unit square and scaled to the icon's size.
/// </summary>
internal static class TeamsIconArt
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    private static readonly SKColor BackgroundTop = new(0x16, 0x8A, 0x9C);
    private static readonly SKColor BackgroundBottom = new(0x0B, 0x4A, 0x5C);
    private static readonly SKColor Node = new(0xF6, 0xB9, 0x3B);

    // Six partners around the network, each linked to its neighbours, and the top one to the bottom one.
    private const float RingRadius = 74;
    private static readonly SKPoint Centre = new(96, 96);

    /// <summary>192×192, opaque: white digits and links, amber nodes, on a teal gradient.</summary>
    public static byte[] DrawColor() => Draw(ColorSize, SKAlphaType.Opaque, canvas =>
    {
        using (var gradient = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 192), [BackgroundTop, BackgroundBottom], SKShaderTileMode.Clamp))
        using (var background = new SKPaint { Shader = gradient })
        {
            canvas.DrawRect(0, 0, 192, 192, background);
        }

        using var links = Stroke(SKColors.White.WithAlpha(110), 3);
        using var node = Fill(Node);
        using var border = Stroke(SKColors.White, 3);
        DrawRing(canvas, links, nodeRadius: 9, node, border);
        using var digits = Stroke(SKColors.White, 15);
        DrawDigits(canvas, digits);
    });

    /// <summary>
    /// 32×32, white on transparent. The ring would turn to mush at this size: the same "49" stands on a line of
    /// three linked nodes instead. Drawn in pixel units.
    /// </summary>
    public static byte[] DrawOutline() => Draw(OutlineSize, SKAlphaType.Premul, canvas =>
    {
        canvas.Clear(SKColors.Transparent);

        using var links = Stroke(SKColors.White, 1.5f);
        using var node = Fill(SKColors.White);
        const float line = 27.5f;
        canvas.DrawLine(4, line, 28, line, links);
        canvas.DrawLine(OutlineX(84), OutlineY(134), OutlineX(84), line, links);
        canvas.DrawLine(OutlineX(116), OutlineY(134), OutlineX(116), line, links);
        foreach (var x in new[] { 4f, 16f, 28f })
        {
            canvas.DrawCircle(x, line, 2.5f, node);
        }

        using var digits = Stroke(SKColors.White, 3f / OutlineScale);
        canvas.Save();
        canvas.Translate(OutlineX(0), OutlineY(0));
        canvas.Scale(OutlineScale);
        DrawDigits(canvas, digits);
        canvas.Restore();
    }, scale: 1);

    // The digits span x 52..144 and y 62..134 in the 192-unit design: 24 pixels wide in the outline.
    private const float OutlineScale = 24f / 92f;

    private static float OutlineX(float x) => 4 + (x - 52) * OutlineScale;

    private static float OutlineY(float y) => 3 + (y - 62) * OutlineScale;

    private static void DrawRing(SKCanvas canvas, SKPaint links, float nodeRadius, SKPaint node, SKPaint? border, bool across = true)
    {
        var nodes = Enumerable.Range(0, 6)
            .Select(i => (i * 60 - 90) * MathF.PI / 180)
            .Select(angle => new SKPoint(Centre.X + RingRadius * MathF.Cos(angle), Centre.Y + RingRadius * MathF.Sin(angle)))
            .ToArray();

        for (var i = 0; i < nodes.Length; i++)
        {
            canvas.DrawLine(nodes[i], nodes[(i + 1) % nodes.Length], links);
        }

        if (across)
        {
            canvas.DrawLine(nodes[0], nodes[3], links);
        }

        foreach (var point in nodes)
        {
            canvas.DrawCircle(point, nodeRadius, node);
            if (border is not null)
            {
                canvas.DrawCircle(point, nodeRadius, border);
            }
        }
    }

    // "4" and "9" as strokes with round ends: no font, so the drawing is the same on every machine.
    private static void DrawDigits(SKCanvas canvas, SKPaint paint)
    {
        using var four = new SKPath();
        four.MoveTo(84, 134);
        four.LineTo(84, 62);
        four.LineTo(52, 110);
        four.LineTo(96, 110);
        canvas.DrawPath(four, paint);

        using var nine = new SKPath();
        nine.AddCircle(124, 82, 20);
        nine.MoveTo(144, 82);
        nine.LineTo(144, 112);
        nine.QuadTo(144, 134, 122, 134);
        nine.LineTo(116, 134);
        canvas.DrawPath(nine, paint);
    }

    private static SKPaint Stroke(SKColor color, float width) => new()
    {
        Color = color,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
    };

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static byte[] Draw(int size, SKAlphaType alpha, Action<SKCanvas> draw, float? scale = null)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, alpha))
            ?? throw new InvalidOperationException("SkiaSharp could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Scale(scale ?? size / 192f);
        draw(canvas);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
