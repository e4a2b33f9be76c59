using Watchdog.Extract.Cleaning;
using Watchdog.Extract.Dates;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// Decides which blocks inside the chosen container are article text: sub-elements that weigh
/// against the article and hold link lists are dropped whole, stray link blocks one by one, and
/// scraps, bylines and datelines are trimmed from both ends.
/// </summary>
public static class BlockFilter
{
    /// <param name="parts">The parts of the container that hold the article (all of it when it is one element).</param>
    /// <param name="title">The page's title from its metadata: a heading that repeats it at the article's start is not body text.</param>
    public static bool[] SelectKept(ScoredPage page, ElementSpan container, IReadOnlyList<ElementSpan> parts, string? title = null)
    {
        var layout = page.Layout;
        var weights = page.Weights;
        var keep = new bool[layout.Blocks.Count];
        foreach (var part in parts)
        {
            for (var i = part.Start; i < part.End; i++) keep[i] = true;
        }
        foreach (var span in layout.Spans)
        {
            if (!container.Contains(span)) continue;
            var sum = ContainerSelector.Score(page, span);
            if (sum < 0 && (span.Count >= 2 || HasLinkBlock(layout, span)))
            {
                for (var i = span.Start; i < span.End; i++) keep[i] = false;
            }
        }
        for (var i = container.Start; i < container.End; i++)
        {
            var block = layout.Blocks[i];
            var isLinkList = weights[i] < 0 && block.LinkDensity > BlockWeigher.MaxProseLinkDensity;
            // The page's own h1 is its title, which is metadata, not body text.
            var isTitle = block.Kind == BlockKind.Heading && block.HeadingLevel == 1;
            if (isLinkList || isTitle || page.IsInFurnitureBelow(i, container.Depth) || BlockWeigher.IsNeverProse(block) || IsAdLabel(block)) keep[i] = false;
        }
        DropLeadingTitle(layout.Blocks, keep, container, title);
        DropTrailingBoxes(layout, keep, container);
        TrimEdges(layout.Blocks, keep, weights, container);
        return keep;
    }

    /// <summary>
    /// A box after the article — its own heading over a line or two (an event notice, "RSS / get
    /// involved", "About the author") — holds at most this much text; a closing section of the article is longer.
    /// </summary>
    public const int MaxTrailingBoxLength = 250;

    private static void DropTrailingBoxes(BlockLayout layout, bool[] keep, ElementSpan container)
    {
        var blocks = layout.Blocks;
        while (true)
        {
            var last = container.End - 1;
            while (last >= container.Start && !keep[last]) last--;
            var heading = last;
            while (heading >= container.Start && (!keep[heading] || blocks[heading].Kind != BlockKind.Heading)) heading--;
            if (heading <= container.Start || blocks[heading].HeadingLevel < 2) return;
            // The heading must open an element of its own that runs to the article's last kept line.
            var box = layout.EnclosingSpan(blocks[heading].Owner, new ElementSpan(blocks[heading].Owner, heading, heading + 1, 0));
            if (box is not { } span || span.Start != heading || span.End <= last || !container.Contains(span)) return;
            var length = 0;
            for (var i = heading; i <= last; i++) length += keep[i] ? blocks[i].Length : 0;
            if (length > MaxTrailingBoxLength) return;
            for (var i = span.Start; i < span.End; i++) keep[i] = false;
        }
    }

    /// <summary>A date line, a category or a view count may come before the title: this many short lines are looked past.</summary>
    public const int MaxLinesBeforeTitle = 3;

    // Blogs and CMS templates set the post's title in an h2 or h3 (the h1 is the site's name); it heads the container.
    private static void DropLeadingTitle(IReadOnlyList<TextBlock> blocks, bool[] keep, ElementSpan container, string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return;
        var passed = 0;
        for (var i = container.Start; i < container.End && passed <= MaxLinesBeforeTitle; i++)
        {
            if (!keep[i]) continue;
            if (blocks[i].Kind == BlockKind.Heading)
            {
                if (string.Equals(blocks[i].Text.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)) keep[i] = false;
                return;
            }
            if (blocks[i].Length > MaxBylineLength) return;
            passed++;
        }
    }

    private static bool HasLinkBlock(BlockLayout layout, ElementSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (layout.Blocks[i].LinkDensity > BlockWeigher.MaxProseLinkDensity) return true;
        }
        return false;
    }

    /// <summary>Bylines and datelines are short; a longer block with a date in it is prose that mentions one.</summary>
    public const int MaxBylineLength = 120;

    private static readonly string[] BylineStarts = ["by ", "автор", "авторы", "текст:", "фото:", "photo:", "posted ", "published ", "updated "];

    /// <summary>Promotions appended to articles are a sentence or three.</summary>
    public const int MaxPromoLength = 300;

    // Leading and trailing scraps ("Advertisement", share labels), bylines and datelines sit at the
    // container's edges; captions are stepped over, since a lead image often comes before the byline.
    // At the end, calls to subscribe or follow are trimmed as well.
    private static void TrimEdges(IReadOnlyList<TextBlock> blocks, bool[] keep, double[] weights, ElementSpan container)
    {
        for (var i = container.Start; i < container.End; i++)
        {
            if (blocks[i].Kind == BlockKind.Caption) continue;
            if (keep[i] && !IsEdgeScrap(blocks[i], weights[i])) break;
            keep[i] = false;
        }
        for (var i = container.End - 1; i >= container.Start; i--)
        {
            if (blocks[i].Kind == BlockKind.Caption) continue;
            if (keep[i] && !IsEdgeScrap(blocks[i], weights[i]) && !IsPromotion(blocks[i])) break;
            keep[i] = false;
        }
    }

    /// <summary>An ad slot's label is a few words; a sentence that mentions advertising is prose.</summary>
    public const int MaxAdLabelLength = 40;

    private static bool IsAdLabel(TextBlock block) =>
        block.Length <= MaxAdLabelLength && block.Kind != BlockKind.Heading && BoilerplateVocabulary.ContainsAny(block.Text, BoilerplateVocabulary.AdLabel);

    private static bool IsPromotion(TextBlock block) =>
        block.Length <= MaxPromoLength && BoilerplateVocabulary.ContainsAny(block.Text, BoilerplateVocabulary.Promotion);

    private static bool IsEdgeScrap(TextBlock block, double weight) =>
        weight < 0 || block.Length <= MaxBylineLength && block.Kind != BlockKind.Heading && (StartsLikeByline(block.Text) || DateText.FindInText(block.Text) is not null);

    private static bool StartsLikeByline(string text)
    {
        foreach (var start in BylineStarts)
        {
            if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
