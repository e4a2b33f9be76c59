using Watchdog.Extract.Cleaning;
using AngleSharp.Dom;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// Finds teaser cards: a linked headline with a short description under it, repeated down a
/// "more stories" column. Their descriptions read like prose, so link density alone misses them;
/// the linked headline in the same small element gives them away. A headline that is a heading
/// element is enough; a linked line that is not (a bare &lt;a class="title"&gt;) counts only when the
/// same shape repeats beside it, as cards in a grid do and an article's paragraphs do not.
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

    /// <summary>Cards without heading elements count only when at least this many share a parent.</summary>
    public const int MinRepeatedCards = 3;

    /// <summary>A linked line longer than this is a paragraph that happens to be a link, not a headline.</summary>
    public const int MaxLinkedTitleLength = 160;

    public static void Discount(BlockLayout layout, double[] weights)
    {
        Dictionary<AngleSharp.Dom.IElement, List<ElementSpan>>? unheaded = null;
        for (var i = 0; i < layout.Blocks.Count; i++)
        {
            var block = layout.Blocks[i];
            if (block.LinkDensity < LinkedHeadlineDensity) continue;
            if (block.Kind == BlockKind.Heading)
            {
                if (FindCard(block.Owner, layout) is { } card) Discount(card, weights);
                continue;
            }
            if (block.Length > MaxLinkedTitleLength || FindUnheadedCard(i, layout) is not { } titled) continue;
            if (titled.Element.ParentElement is not { } grid) continue;
            unheaded ??= new(new ElementIdentity());
            if (!unheaded.TryGetValue(grid, out var cards)) unheaded[grid] = cards = [];
            cards.Add(titled);
        }
        if (unheaded is null) return;
        foreach (var cards in unheaded.Values)
        {
            if (cards.Count < MinRepeatedCards) continue;
            foreach (var card in cards) Discount(card, weights);
        }
    }

    private static void Discount(ElementSpan card, double[] weights)
    {
        for (var j = card.Start; j < card.End; j++)
        {
            if (weights[j] > 0) weights[j] *= TeaserProseFactor;
        }
    }

    // The smallest element that starts with the linked line and holds more than it: the card it titles.
    private static ElementSpan? FindUnheadedCard(int title, BlockLayout layout)
    {
        var element = layout.Blocks[title].Owner;
        for (var level = 0; level <= MaxCardLevels && element is not null; level++, element = element.ParentElement)
        {
            if (layout.SpanOf(element) is not { } span) continue;
            if (span.Start != title || span.Count > MaxCardBlocks) return null;
            if (span.Count > 1) return span;
        }
        return null;
    }

    private static ElementSpan? FindCard(IElement headline, BlockLayout layout)
    {
        var element = headline.ParentElement;
        for (var level = 0; level < MaxCardLevels && element is not null; level++, element = element.ParentElement)
        {
            if (layout.SpanOf(element) is not { } span) continue;
            if (span.Count > MaxCardBlocks) return null;
            if (span.Count > 1) return span;
        }
        return null;
    }
}
