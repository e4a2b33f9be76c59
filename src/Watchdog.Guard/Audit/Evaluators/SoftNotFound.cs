using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>
/// Recognises a site's answer to any unknown path ("soft 404": a 200 with the home page or an error page), from the
/// response to a random path requested first. A probe that looks the same proves nothing about the probed file.
/// </summary>
public static class SoftNotFound
{
    /// <summary>Share of distinct words two bodies must share to count as the same page (pages differ a little:
    /// the path echoed back, a timestamp, a request id).</summary>
    public const double SameWordsShare = 0.9;

    public static bool LooksLikeBaseline(CapturedResponse? baseline, CapturedResponse probe)
    {
        if (baseline is null || !baseline.IsSuccess || baseline.Status != probe.Status) return false;
        var baselineText = WithoutPath(baseline);
        var probeText = WithoutPath(probe);
        if (string.Equals(baselineText, probeText, StringComparison.Ordinal)) return true;
        var a = Words(baselineText);
        var b = Words(probeText);
        if (a.Count == 0 || b.Count == 0) return false;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared) >= SameWordsShare;
    }

    // A page that echoes the requested path would otherwise differ from the baseline by exactly that.
    private static string WithoutPath(CapturedResponse response) =>
        response.BodyText.Replace(response.Url.AbsolutePath, "{path}", StringComparison.Ordinal);

    private static HashSet<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
}
