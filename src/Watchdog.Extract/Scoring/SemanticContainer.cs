using AngleSharp.Dom;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// Stops the article at the element the page itself calls the article: when the best-scoring element
/// wraps an &lt;article&gt;, &lt;main&gt; or role="main" element holding most of its prose, that element
/// is the article. What lies outside — a currency and weather strip above the masthead, sidebar boxes,
/// related news and comments after the article's end — is furniture, however much prose it has.
/// </summary>
public static class SemanticContainer
{
    /// <summary>
    /// An article element that holds the page's h1 starts with the article's own title: it needs only this
    /// share of the prose, since a short article beside long sidebar boxes is still the article — as long
    /// as no single element outside it holds more prose than it does (then the &lt;article&gt; is a headline
    /// and lead, and the body follows outside it).
    /// </summary>
    public const double TitledShare = 0.3;

    public static ElementSpan Narrow(ScoredPage page, ElementSpan chosen)
    {
        var prose = ContainerSelector.Prose(page, chosen);
        if (prose <= 0) return chosen;
        var threshold = prose * page.Parameters.SemanticContainerShare;
        ElementSpan? best = null;
        foreach (var span in page.Layout.Spans)
        {
            if (!chosen.Contains(span) || !IsSemanticArticle(span.Element)) continue;
            var own = ContainerSelector.Prose(page, span);
            if (own < threshold && !(own >= prose * TitledShare && HoldsTitle(page.Layout, span) && !OutweighedOutside(page, chosen, span, own))) continue;
            // The innermost qualifying element: an <article> inside <main> says more than the <main>.
            if (best is null || span.Depth > best.Value.Depth) best = span;
        }
        return best ?? chosen;
    }

    private static bool OutweighedOutside(ScoredPage page, ElementSpan chosen, ElementSpan article, double articleProse)
    {
        foreach (var span in page.Layout.Spans)
        {
            var outside = span.End <= article.Start || span.Start >= article.End;
            if (outside && chosen.Contains(span) && ContainerSelector.Prose(page, span) > articleProse) return true;
        }
        return false;
    }

    private static bool HoldsTitle(BlockLayout layout, ElementSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (layout.Blocks[i] is { Kind: BlockKind.Heading, HeadingLevel: 1 }) return true;
        }
        return false;
    }

    /// <summary>Whether the element is the page's own statement of where its article or main content is.</summary>
    public static bool IsSemanticArticle(IElement element) =>
        element.LocalName is "article" or "main"
        || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase)
        || ContainerPrior.For(element) > 1;
}
