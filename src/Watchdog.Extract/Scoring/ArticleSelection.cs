namespace Watchdog.Extract.Scoring;

/// <summary>Where the article is: the element whose blocks are filtered, and the parts of it that hold the article.</summary>
public sealed record ArticleSelection(ElementSpan Container, IReadOnlyList<ElementSpan> Parts)
{
    /// <summary>
    /// The maximum-sum element (<see cref="ContainerSelector"/>), narrowed to the page's own article
    /// element inside it (<see cref="SemanticContainer"/>), then widened to siblings that continue it
    /// (<see cref="ContinuationSiblings"/>). Null when no element holds weight-positive text.
    /// </summary>
    public static ArticleSelection? Choose(ScoredPage page)
    {
        if (ContainerSelector.Select(page) is not { } best) return null;
        var chosen = SemanticContainer.Narrow(page, best);
        if (ContinuationSiblings.Find(page, chosen) is { } continued) return new ArticleSelection(continued.Parent, continued.Parts);
        return new ArticleSelection(chosen, [chosen]);
    }
}
