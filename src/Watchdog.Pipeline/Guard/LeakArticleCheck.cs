using Watchdog.Core.Articles;
using Watchdog.Core.Guard;
using Watchdog.Guard.Leaks;

namespace Watchdog.Pipeline.Guard;

/// <summary>Checks one article against the loaded fingerprints and turns each reported match into a finding.</summary>
public static class LeakArticleCheck
{
    public static IReadOnlyList<LeakFinding> Run(LeakIndex index, Article article, DateTimeOffset now)
    {
        // Nothing registered: not even the text is built, so leak watch costs nothing until it is used.
        if (index.Count == 0) return [];
        var text = LeakCheckedText.Of(article);
        return [.. index.Match(text).Select(match => ToFinding(match, article, text, now))];
    }

    public static LeakFinding ToFinding(LeakMatch match, Article article, string checkedText, DateTimeOffset now)
    {
        var spans = match.Spans.Select(s => new LeakSpan(s.Start, s.End)).ToList();
        var excerpt = spans.Count == 0 ? "" : LeakExcerpt.Cut(checkedText, spans[0]);
        return new LeakFinding(0, match.DocumentId, match.DocumentName, article.Id, article.Title, article.Url,
            match.MatchedFingerprints, match.Coverage, spans, excerpt, now);
    }
}
