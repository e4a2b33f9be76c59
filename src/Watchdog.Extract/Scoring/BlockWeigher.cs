namespace Watchdog.Extract.Scoring;

/// <summary>
/// Gives every block a signed weight: running prose counts for the article by its length, link
/// lists and scraps of furniture count against. The container search then maximises the sum.
/// </summary>
public static class BlockWeigher
{
    /// <summary>Above this share of linked characters a block reads as navigation, not prose.</summary>
    public const double MaxProseLinkDensity = 0.33;

    /// <summary>Blocks shorter than this are labels, buttons and bylines more often than text.</summary>
    public const int MinProseLength = 25;

    /// <summary>What a short non-heading scrap costs: small, so one "Advertisement" inside an article does not split it.</summary>
    public const double ShortScrapPenalty = 0.5;

    /// <param name="declaredBody">The page's JSON-LD articleBody, if any: a hint, see <see cref="ArticleBodyHint"/>.</param>
    /// <param name="parameters">Tuned thresholds; <see cref="ExtractionParameters.Default"/> when null.</param>
    public static double[] Weigh(BlockLayout layout, string? declaredBody = null, ExtractionParameters? parameters = null)
    {
        var linkCost = (parameters ?? ExtractionParameters.Default).LinkedCharacterCost;
        var weights = new double[layout.Blocks.Count];
        for (var i = 0; i < weights.Length; i++) weights[i] = Weigh(layout.Blocks[i], linkCost);
        TeaserDetector.Discount(layout, weights);
        SectionBreaks.Discount(layout, weights);
        ArticleBodyHint.Apply(layout, weights, declaredBody);
        return weights;
    }

    private static bool LooksLikeMarkup(string text) =>
        text.StartsWith('<') && text.Contains('>', StringComparison.Ordinal) && text.Contains('=', StringComparison.Ordinal);

    /// <summary>Markup or code shown as text (a broken script or style tag, a noscript fallback): never article prose, wherever it sits.</summary>
    public static bool IsNeverProse(TextBlock block) =>
        LooksLikeMarkup(block.Text) || block.Kind != BlockKind.Preformatted && CodeText.LooksLikeCode(block.Text);

    public static double Weigh(TextBlock block, double linkedCharacterCost)
    {
        var length = block.Length;
        var linkDensity = block.LinkDensity;
        if (IsNeverProse(block)) return -length;
        var balance = length - block.LinkLength - linkedCharacterCost * block.LinkLength;
        if (linkDensity > MaxProseLinkDensity && balance < 0) return balance;
        // Headings, captions and data cells are short by nature: neutral, kept when the text around them is kept.
        if (block.Kind is BlockKind.Heading or BlockKind.Caption || block.Kind == BlockKind.TableCell && block.LinkLength == 0 && length < MinProseLength) return 0;
        if (length < MinProseLength) return -length * ShortScrapPenalty;
        return balance;
    }
}
