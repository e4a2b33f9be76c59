using System.Text.RegularExpressions;
using Watchdog.Core.Articles;

namespace Watchdog.Extract.Classification;

/// <summary>
/// Tells article pages from index, tag, search and error pages with general signals, checked in order:
/// 1. error wording in the title or h1 with little text → Error;
/// 2. a tag/topic/label path → Tag (unless the page has a full article);
/// 3. a search path or query parameter → Search (likewise);
/// 4. enough prose on a page that declares an article or is not mostly links → Article;
/// 5. a declared article with a paragraph → Article; many headline links → Index;
/// 6. nothing at all → Unknown; else prose decides.
/// </summary>
public static partial class PageKindClassifier
{
    /// <summary>An article has at least this much body text; a listing's teasers rarely add up to it in one container.</summary>
    public const int MinArticleLength = 300;

    /// <summary>...and at least this many paragraphs of it.</summary>
    public const int MinArticleParagraphs = 2;

    /// <summary>A page that declares itself an article needs only a paragraph (paywalled teasers are still articles).</summary>
    public const int MinDeclaredArticleLength = 150;

    /// <summary>A body this long is an article whatever the URL says (tag pages do not carry long essays).</summary>
    public const int CertainArticleLength = 2000;

    /// <summary>Error pages say so in a few words; a long page that mentions "404" is an article about it.</summary>
    public const int MaxErrorPageLength = 1000;

    /// <summary>Listings are mostly links: above this share of linked text with little prose, the page is an index.</summary>
    public const double IndexLinkDensity = 0.35;

    /// <summary>A listing has many headline links.</summary>
    public const int MinIndexLinkBlocks = 10;

    public static PageKind Classify(PageSignals page)
    {
        if (page.BodyLength < MaxErrorPageLength && ErrorWording().IsMatch(page.Headings)) return PageKind.Error;
        var path = page.Url.AbsolutePath;
        var hasFullArticle = page.BodyLength >= CertainArticleLength;
        if (TagPath().IsMatch(path) && !hasFullArticle) return PageKind.Tag;
        if ((SearchPath().IsMatch(path) || SearchQuery().IsMatch(page.Url.Query)) && !hasFullArticle) return PageKind.Search;
        var hasProse = page.BodyLength >= MinArticleLength && page.BodyParagraphs >= MinArticleParagraphs;
        if (hasProse && (page.DeclaresArticle || page.PageLinkDensity < IndexLinkDensity || hasFullArticle)) return PageKind.Article;
        if (page.DeclaresArticle && page.BodyLength >= MinDeclaredArticleLength) return PageKind.Article;
        if (page.LinkBlocks >= MinIndexLinkBlocks) return PageKind.Index;
        if (page.BodyLength == 0) return PageKind.Unknown;
        return hasProse ? PageKind.Article : PageKind.Index;
    }

    [GeneratedRegex(@"\b(404|410|not found|page not found|error)\b|страница не найдена|ошибка 404|не найден|бет табылмады|табылмады|қате", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorWording();

    [GeneratedRegex(@"(^|/)(search|find|poisk|поиск|іздеу)(/|$|\.)", RegexOptions.IgnoreCase)]
    private static partial Regex SearchPath();

    [GeneratedRegex(@"(^\?|&)(q|query|search|s|text|k|keywords)=[^&]", RegexOptions.IgnoreCase)]
    private static partial Regex SearchQuery();

    [GeneratedRegex(@"(^|/)(tag|tags|topic|topics|label|labels|theme|themes|keyword|keywords|tegi|teg|тег|теги)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TagPath();
}
