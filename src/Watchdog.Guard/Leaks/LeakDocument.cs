namespace Watchdog.Guard.Leaks;

/// <summary>A registered confidential document: its id, a name the operator recognises, and its fingerprint (no text).</summary>
public sealed record LeakDocument(string Id, string Name, DocumentFingerprint Fingerprint);

/// <summary>A confidential document found in an article: how much of it, and where in the ARTICLE the shared passages are.</summary>
/// <param name="MatchedFingerprints">Distinct fingerprints of the document found in the article.</param>
/// <param name="DocumentFingerprints">All fingerprints of the document.</param>
/// <param name="Coverage">MatchedFingerprints / DocumentFingerprints, 0..1.</param>
/// <param name="Spans">The shared passages in the article, in article order (see <see cref="LeakReportingRule.PassagesToShow"/>).</param>
public sealed record LeakMatch(
    string DocumentId,
    string DocumentName,
    int MatchedFingerprints,
    int DocumentFingerprints,
    double Coverage,
    IReadOnlyList<ArticleSpan> Spans);

/// <summary>A passage of the public article shared with a confidential document: character offsets [Start, End) in the
/// article text, and how many document fingerprints fall inside it.</summary>
public sealed record ArticleSpan(int Start, int End, int MatchedFingerprints)
{
    public int Length => End - Start;
}
