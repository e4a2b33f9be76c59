using Watchdog.Core.Articles;

namespace Watchdog.Extract.Metadata;

/// <summary>
/// Everything about the page that is not its body text: the article fields it fills in (text still
/// empty), plus the declarations the page kind classifier weighs.
/// </summary>
/// <param name="Fields">Title, authors, dates, canonical URL, site name, language hint, image and description.</param>
/// <param name="OpenGraphType">og:type, e.g. "article" or "website".</param>
public sealed record PageMetadata(ExtractedArticle Fields, string? OpenGraphType, JsonLdArticle JsonLd)
{
    /// <summary>og:type "article" or a schema.org Article type in JSON-LD.</summary>
    public bool DeclaresArticle => JsonLd.IsArticle || string.Equals(OpenGraphType, "article", StringComparison.OrdinalIgnoreCase);
}
