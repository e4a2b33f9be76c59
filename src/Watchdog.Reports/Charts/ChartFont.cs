using System.Diagnostics;
using ScottPlot;

namespace Watchdog.Reports.Charts;

/// <summary>
/// The font chart text is drawn with in raster output. SkiaSharp's NoDependencies build has no fontconfig, so it
/// cannot find system fonts by name and Cyrillic would come out as empty boxes; a TrueType file with Cyrillic is
/// therefore loaded explicitly from the usual Debian locations, once per process.
/// </summary>
public static class ChartFont
{
    /// <summary>The family name the loaded file is registered under in ScottPlot.</summary>
    public const string FamilyName = "Watchdog Chart Sans";

    /// <summary>Regular and bold files tried in order; DejaVu comes with fonts-dejavu-core, which chromium pulls in.</summary>
    public static readonly IReadOnlyList<(string Regular, string Bold)> Candidates =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
    ];

    private static readonly Lazy<ChartFontResolution> Resolved = new(Resolve);

    /// <summary>The font in use and where it came from; <see cref="ChartFontResolution.Note"/> is worth logging at start-up.</summary>
    public static ChartFontResolution Current => Resolved.Value;

    private static ChartFontResolution Resolve()
    {
        foreach (var (regular, bold) in Candidates)
        {
            if (!File.Exists(regular)) continue;
            Fonts.AddFontFile(FamilyName, regular, bold: false, italic: false);
            Fonts.AddFontFile(FamilyName, File.Exists(bold) ? bold : regular, bold: true, italic: false);
            return new ChartFontResolution(FamilyName, regular, $"Chart text uses {Path.GetFileName(regular)} from {Path.GetDirectoryName(regular)}.");
        }
        var note = "No TrueType font with Cyrillic found (looked for " + string.Join(", ", Candidates.Select(c => c.Regular)) +
            "); PNG charts use ScottPlot's default font and non-Latin text may be missing. Install fonts-dejavu-core.";
        Trace.TraceWarning(note);
        return new ChartFontResolution(Fonts.Default, null, note);
    }
}

/// <summary>The outcome of looking for a chart font: the family to use, the file loaded (null if none) and a note saying so.</summary>
public sealed record ChartFontResolution(string FamilyName, string? FilePath, string Note);
