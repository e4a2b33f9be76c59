namespace Watchdog.Guard.Leaks;

/// <summary>
/// When shared fingerprints count as a leak. Either enough of the document is found (at least
/// <see cref="MinFingerprints"/> fingerprints and <see cref="MinCoverage"/> of them), or one passage is long enough
/// on its own (<see cref="MinFingerprintsInOneSpan"/> fingerprints in one span) — a leaked paragraph of a long
/// report covers little of it but is still a leak. A stock phrase of six words yields at most two fingerprints.
/// </summary>
public static class LeakReportingRule
{
    public const int MinFingerprints = 3;

    public const double MinCoverage = 0.02;

    /// <summary>About 20 shared words at the ≈ 29 % density of winnowing.</summary>
    public const int MinFingerprintsInOneSpan = 5;

    /// <summary>Matched k-grams further apart than this many words are separate passages. K + W words bridges one
    /// changed word (which breaks the K k-grams around it) plus the largest gap between winnowed fingerprints.</summary>
    public const int MaxGapWordsInSpan = Winnowing.K + Winnowing.WindowSize;

    public static bool IsLeak(int matchedFingerprints, double coverage, IReadOnlyList<ArticleSpan> spans) =>
        (matchedFingerprints >= MinFingerprints && coverage >= MinCoverage)
        || spans.Any(span => span.MatchedFingerprints >= MinFingerprintsInOneSpan);

    /// <summary>The spans worth showing: those with at least <see cref="MinFingerprints"/> fingerprints, so a stock
    /// phrase the article also happens to share is not shown beside the leaked paragraph; all spans when none is that long.</summary>
    public static IReadOnlyList<ArticleSpan> PassagesToShow(IReadOnlyList<ArticleSpan> spans)
    {
        var substantial = spans.Where(span => span.MatchedFingerprints >= MinFingerprints).ToList();
        return substantial.Count > 0 ? substantial : spans;
    }
}
