using AngleSharp.Dom;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// What the markup itself says about an element being the article body, as a factor on its score.
/// Publishers mark the body for search engines (schema.org microdata), which is a general signal,
/// not a per-site rule.
/// </summary>
public static class ContainerPrior
{
    /// <summary>schema.org <c>itemprop="articleBody"</c>: the publisher's own statement of where the body is.</summary>
    public const double ArticleBodyMarkup = 2.0;

    public static double For(IElement element)
    {
        var itemProp = element.GetAttribute("itemprop");
        if (itemProp is not null && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return ArticleBodyMarkup;
        return 1.0;
    }
}
