using AngleSharp.Dom;
using Watchdog.Extract.Cleaning;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// Finds teaser cards: a linked headline with a short description under it, repeated down a
/// "more stories" column. Their descriptions read like prose, so link density alone misses them;
/// the linked headline in the same small element gives them away.
/// </summary>
public static class TeaserDetector
{
    /// <summary>A headline counts as a link when at least this share of it is linked.</summary>
    public const double LinkedHeadlineDensity = 0.8;

    /// <summary>A card holds the headline and a few lines (kicker, byline, date, summary); more is a section.</summary>
    public const int MaxCardBlocks = 5;

    /// <summary>How far up from the headline to look for the card element.</summary>
    public const int MaxCardLevels = 3;

    /// <summary>What a teaser's prose counts for: against the article, like the link it leads to.</summary>
    public const double TeaserProseFactor = -0.5;

    public static void Discount(BlockLayout layout, double[] weights)
    {
        Dictionary<IElement, ElementSpan>? spans = null;
        for (var i = 0; i < layout.Blocks.Count; i++)
        {
            var block = layout.Blocks[i];
            if (block.Kind != BlockKind.Heading || block.LinkDensity < LinkedHeadlineDensity) continue;
            spans ??= layout.Spans.ToDictionary(s => s.Element, new ElementIdentity());
            if (FindCard(block.Owner, spans) is not { } card) continue;
            for (var j = card.Start; j < card.End; j++)
            {
                if (weights[j] > 0) weights[j] *= TeaserProseFactor;
            }
        }
    }

    private static ElementSpan? FindCard(IElement headline, Dictionary<IElement, ElementSpan> spans)
    {
        var element = headline.ParentElement;
        for (var level = 0; level < MaxCardLevels && element is not null; level++, element = element.ParentElement)
        {
            if (!spans.TryGetValue(element, out var span)) continue;
            if (span.Count > MaxCardBlocks) return null;
            if (span.Count > 1) return span;
        }
        return null;
    }
}
