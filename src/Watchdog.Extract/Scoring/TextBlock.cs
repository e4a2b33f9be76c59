using AngleSharp.Dom;

namespace Watchdog.Extract.Scoring;

/// <summary>What role a run of text plays, from the block element that holds it.</summary>
public enum BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted, TableCell, Caption }

/// <summary>
/// One run of text between block boundaries, in document order: the unit that is weighed, kept or dropped.
/// </summary>
/// <param name="Owner">The innermost block-level element the text sits in.</param>
/// <param name="LinkLength">How many of the text's characters are inside links.</param>
public sealed record TextBlock(string Text, int LinkLength, BlockKind Kind, int HeadingLevel, IElement Owner)
{
    public int Length => Text.Length;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}

/// <summary>
/// A block-level element and the range of blocks inside it. Blocks come in document order, so the
/// blocks under any element are one contiguous range [Start, End).
/// </summary>
public readonly record struct ElementSpan(IElement Element, int Start, int End, int Depth)
{
    public int Count => End - Start;

    public bool Contains(ElementSpan other) => other.Start >= Start && other.End <= End && other.Depth > Depth;
}
