namespace Watchdog.Extract.Scoring;

/// <summary>
/// Picks the element whose blocks have the largest total weight: the smallest subtree that takes in
/// the article's prose while leaving out furniture that weighs against it (maximum-sum subtree, as in
/// Pasternack and Roth's maximum subsequence segmentation, applied to the DOM).
/// </summary>
public static class ContainerSelector
{
    /// <returns>The winning span, or null when no element holds any weight-positive text.</returns>
    public static ElementSpan? Select(ScoredPage page)
    {
        ElementSpan? best = null;
        var bestScore = 0.0;
        // Spans are listed children before parents, so strict comparison keeps the deeper of two equals.
        foreach (var span in page.Layout.Spans)
        {
            var score = Score(page, span);
            if (score > 0) score *= ContainerPrior.For(span.Element);
            if (score > bestScore)
            {
                bestScore = score;
                best = span;
            }
        }
        return best;
    }

    public static double Score(ScoredPage page, ElementSpan span)
    {
        var score = 0.0;
        for (var i = span.Start; i < span.End; i++) score += page.EffectiveWeight(i);
        return score;
    }

    /// <summary>The sum of the positive effective weights in the span: how much article-like prose it holds.</summary>
    public static double Prose(ScoredPage page, ElementSpan span)
    {
        var prose = 0.0;
        for (var i = span.Start; i < span.End; i++) prose += Math.Max(0, page.EffectiveWeight(i));
        return prose;
    }
}
