namespace Watchdog.Extract.Scoring;

/// <summary>
/// Makes the sections that follow a comment or other-stories heading (<see cref="SectionHeadings"/>)
/// weigh against the article: a thread of long comments or a list of story summaries reads like prose,
/// and without this a long enough thread outweighs the post it hangs under. A section runs from its
/// heading to the end of the element around it, or to the next heading of the same or a higher rank.
/// </summary>
public static class SectionBreaks
{
    /// <summary>What prose in such a section counts for: against the article, as teasers do.</summary>
    public const double OtherSectionProseFactor = -0.5;

    /// <summary>
    /// A box title that is not a heading element ("&lt;div class=title&gt;Читайте также&lt;/div&gt;") is
    /// short; longer unmarked text that starts with these words is a sentence.
    /// </summary>
    public const int MaxLabelLength = 40;

    /// <summary>The rank given to a box title that is not a heading element: below the page's title, above sub-headings.</summary>
    public const int LabelRank = 2;

    public static void Discount(BlockLayout layout, double[] weights)
    {
        var blocks = layout.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (RankOfSectionHeading(layout, i) is not { } rank) continue;
            // The heading goes too: left at the article's end it would be kept as its last line.
            weights[i] = -blocks[i].Length;
            var end = SectionEnd(layout, i, rank);
            for (var j = i + 1; j < end; j++)
            {
                if (weights[j] > 0) weights[j] *= OtherSectionProseFactor;
            }
            i = end - 1;
        }
    }

    private static int? RankOfSectionHeading(BlockLayout layout, int index)
    {
        var block = layout.Blocks[index];
        if (block.Kind == BlockKind.Heading)
        {
            // The h1 is the page's own title.
            return block.HeadingLevel >= 2 && SectionHeadings.OpensOtherSection(block.Text) ? block.HeadingLevel : null;
        }
        if (block.Kind != BlockKind.Paragraph || block.Length > MaxLabelLength || block.LinkLength > 0) return null;
        if (!SectionHeadings.OpensOtherSection(block.Text)) return null;
        // Unmarked labels count only as the title of a box: the first text of the element around them.
        var box = layout.EnclosingSpan(block.Owner, new ElementSpan(block.Owner, index, index + 1, 0));
        return box is { } span && span.Start == index ? LabelRank : null;
    }

    private static int SectionEnd(BlockLayout layout, int heading, int rank)
    {
        var blocks = layout.Blocks;
        var end = heading + 1;
        for (var element = blocks[heading].Owner; element is not null; element = element.ParentElement)
        {
            if (layout.SpanOf(element) is not { } span || span.End <= heading + 1) continue;
            end = span.End;
            break;
        }
        for (var j = heading + 1; j < end; j++)
        {
            if (blocks[j].Kind == BlockKind.Heading && blocks[j].HeadingLevel <= rank) return j;
        }
        return end;
    }
}
