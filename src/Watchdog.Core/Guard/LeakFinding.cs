namespace Watchdog.Core.Guard;

/// <summary>A public article found to contain passages of a registered confidential document.</summary>
/// <param name="Id">0 until stored.</param>
/// <param name="DocumentName">The document's current name (read from the document when listed).</param>
/// <param name="ArticleTitle">The article's title when it was checked.</param>
/// <param name="MatchedFingerprints">Distinct fingerprints of the document found in the article.</param>
/// <param name="Coverage">MatchedFingerprints over the document's fingerprints, 0..1.</param>
/// <param name="Spans">Shared passages as character offsets into <see cref="LeakCheckedText.Of"/> of the article (title, blank line, text).</param>
/// <param name="Excerpt">Up to <see cref="LeakExcerpt.MaxLength"/> characters of the checked text around the first span.</param>
public sealed record LeakFinding(
    long Id,
    string DocumentId,
    string DocumentName,
    long ArticleId,
    string ArticleTitle,
    Uri ArticleUrl,
    int MatchedFingerprints,
    double Coverage,
    IReadOnlyList<LeakSpan> Spans,
    string Excerpt,
    DateTimeOffset FoundAt);

/// <summary>A passage of the checked article text shared with a confidential document: character offsets [Start, End).</summary>
public sealed record LeakSpan(int Start, int End);
