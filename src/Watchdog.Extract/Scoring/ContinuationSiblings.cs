using AngleSharp.Dom;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// Finds the rest of an article that an inline ad, embed or "related" box split off: sibling elements of
/// the chosen one that repeat its tag and class (the template's body part, continued), or plain
/// paragraphs of prose, reached by stepping over siblings that weigh against the article. The
/// container search alone stops at the split when the interruption outweighs what follows it.
/// The article's own semantic element (&lt;article&gt;, &lt;main&gt;, articleBody) is never crossed.
/// </summary>
public static class ContinuationSiblings
{
    /// <summary>An interruption is an ad or an embed; this many in a row end the article.</summary>
    public const int MaxInterruptions = 2;

    /// <summary>A plain paragraph beside the article continues it when it is prose: this long, with few links.</summary>
    public const int MinParagraphLength = 80;

    /// <summary>Most of a continuing paragraph (or element of prose) is unlinked.</summary>
    public const double MaxParagraphLinkDensity = 0.25;

    /// <summary>
    /// A sibling of another tag or class (the template's "body" part continued in a "body-more" one) continues
    /// the article when it is prose with few links and weighs this many times the same-class threshold,
    /// as readability's sibling rule asks a fifth of the top candidate's score.
    /// </summary>
    public const double OtherSiblingFactor = 2;

    /// <returns>The parent's span and the sibling spans (the chosen one included) that make up the article; null to keep the chosen element alone.</returns>
    public static (ElementSpan Parent, IReadOnlyList<ElementSpan> Parts)? Find(ScoredPage page, ElementSpan chosen)
    {
        var layout = page.Layout;
        if (SemanticContainer.IsSemanticArticle(chosen.Element) || chosen.Element.ParentElement is not { } parentElement) return null;
        if (layout.SpanOf(parentElement) is not { } parent || parent.Count <= chosen.Count) return null;
        var siblings = layout.Spans.Where(s => ReferenceEquals(s.Element.ParentElement, parentElement)).OrderBy(s => s.Start).ToList();
        var at = siblings.FindIndex(s => ReferenceEquals(s.Element, chosen.Element));
        if (at < 0) return null;
        var minScore = ContainerSelector.Score(page, chosen) * page.Parameters.ContinuationShare;
        var parts = new List<ElementSpan> { chosen };
        Collect(page, chosen, siblings, at, +1, minScore, parts);
        Collect(page, chosen, siblings, at, -1, minScore, parts);
        return parts.Count == 1 ? null : (parent, parts.OrderBy(p => p.Start).ToList());
    }

    private static void Collect(ScoredPage page, ElementSpan chosen, List<ElementSpan> siblings, int at, int step, double minScore, List<ElementSpan> parts)
    {
        var interruptions = 0;
        for (var i = at + step; i >= 0 && i < siblings.Count; i += step)
        {
            var sibling = siblings[i];
            var score = ContainerSelector.Score(page, sibling);
            if (StartsOtherSection(page, sibling)) return;
            if (score <= 0)
            {
                if (++interruptions > MaxInterruptions) return;
                continue;
            }
            if (!Continues(page, chosen, sibling, score, minScore)) return;
            interruptions = 0;
            parts.Add(sibling);
        }
    }

    // A sibling headed "Comments", "Related stories", "Читайте также"… is where the article ends.
    private static bool StartsOtherSection(ScoredPage page, ElementSpan sibling) =>
        page.Layout.Blocks[sibling.Start] is { Kind: BlockKind.Heading } heading && SectionHeadings.OpensOtherSection(heading.Text);

    private static bool Continues(ScoredPage page, ElementSpan chosen, ElementSpan sibling, double score, double minScore)
    {
        for (var i = sibling.Start; i < sibling.End; i++)
        {
            if (page.IsInFurniture(i)) return false;
        }
        if (SameTemplatePart(chosen.Element, sibling.Element)) return score >= minScore;
        if (sibling.Count == 1 && sibling.Element.LocalName == "p")
        {
            var block = page.Layout.Blocks[sibling.Start];
            return block.Kind == BlockKind.Paragraph && block.Length >= MinParagraphLength && block.LinkDensity <= MaxParagraphLinkDensity;
        }
        return score >= minScore * OtherSiblingFactor && LinkDensity(page.Layout, sibling) <= MaxParagraphLinkDensity;
    }

    private static double LinkDensity(BlockLayout layout, ElementSpan span)
    {
        var (text, links) = (0, 0);
        for (var i = span.Start; i < span.End; i++) (text, links) = (text + layout.Blocks[i].Length, links + layout.Blocks[i].LinkLength);
        return text == 0 ? 0 : (double)links / text;
    }

    private static bool SameTemplatePart(IElement a, IElement b) =>
        a.LocalName == b.LocalName
        && a.LocalName != "p"
        && !string.IsNullOrEmpty(a.ClassName)
        && string.Equals(a.ClassName, b.ClassName, StringComparison.Ordinal);
}
