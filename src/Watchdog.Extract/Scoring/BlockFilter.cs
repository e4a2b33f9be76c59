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
    public static bool[] SelectKept(ScoredPage page, ElementSpan container)
    {
        var layout = page.Layout;
        var weights = page.Weights;
        var keep = new bool[layout.Blocks.Count];
        for (var i = container.Start; i < container.End; i++) keep[i] = true;
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
            if (isLinkList || isTitle || page.IsInFurnitureBelow(i, container.Depth)) keep[i] = false;
        }
        TrimEdges(layout.Blocks, keep, weights, container);
        return keep;
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
