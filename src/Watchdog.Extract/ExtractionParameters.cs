namespace Watchdog.Extract;

/// <summary>
/// The extractor's tuned thresholds, as data: the values a cross-validation chooses between
/// (bench/ extraction: chosen on k−1 folds of the development pages, scored on the held-out fold).
/// Every other threshold is a named constant next to the rule it serves and was not tuned on pages.
/// </summary>
public sealed record ExtractionParameters
{
    /// <summary>
    /// What a linked character costs against an unlinked one: a paragraph of prose with a few links
    /// still counts, a list of headlines does not.
    /// </summary>
    public double LinkedCharacterCost { get; init; } = 0.5;

    /// <summary>
    /// Prose inside layout furniture (sidebars, widgets, footers) counts for this share: a teaser in a
    /// sidebar is rarely the article, but a page that is all furniture must still yield something.
    /// </summary>
    public double FurnitureProseFactor { get; init; } = 0.3;

    /// <summary>
    /// When the best-scoring element wraps an &lt;article&gt; or &lt;main&gt; that holds at least this share
    /// of its prose, the article is that element: what lies outside it (top bars, sidebar boxes,
    /// related news, comments after it) is page furniture however much it weighs.
    /// </summary>
    public double SemanticContainerShare { get; init; } = 0.6;

    /// <summary>
    /// A sibling of the chosen element that continues the article (same tag and class, split off by an
    /// inline ad or embed) is taken in when its score is at least this share of the chosen element's.
    /// </summary>
    public double ContinuationShare { get; init; } = 0.1;

    public static ExtractionParameters Default { get; } = new();
}
