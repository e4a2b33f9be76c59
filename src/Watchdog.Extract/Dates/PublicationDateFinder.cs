using AngleSharp.Dom;
using Watchdog.Extract.Metadata;

namespace Watchdog.Extract.Dates;

/// <summary>
/// Finds when the article was published and last modified. Sources in order of trust:
/// 1. JSON-LD datePublished / dateModified;
/// 2. meta tags (article:published_time, og:updated_time, pubdate, DC.date, ...);
/// 3. microdata and &lt;time datetime&gt; elements;
/// 4. visible date text in date-like elements ("12 марта 2024", "2024 жылғы 12 наурыз", "March 12, 2024");
/// 5. a date in the URL path.
/// </summary>
public static class PublicationDateFinder
{
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    ];

    private static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:updated_time", "modified_time", "dateModified", "dc.date.modified", "dcterms.modified", "lastmod",
    ];

    /// <summary>Visible text is only read from this many date-looking elements; the rest of the page is body and furniture.</summary>
    public const int MaxDateElements = 20;

    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Find(IDocument document, MetaTags meta, JsonLdArticle jsonLd, Uri url)
    {
        var published = DateText.ParseMachine(jsonLd.DatePublished)
            ?? DateText.ParseMachine(meta.First(PublishedMeta))
            ?? FromMarkup(document, "datePublished")
            ?? FromTimeElements(document)
            ?? FromVisibleText(document)
            ?? UrlDate.Find(url);
        var modified = DateText.ParseMachine(jsonLd.DateModified)
            ?? DateText.ParseMachine(meta.First(ModifiedMeta))
            ?? FromMarkup(document, "dateModified");
        return (published, modified);
    }

    private static DateTimeOffset? FromMarkup(IDocument document, string property)
    {
        foreach (var element in document.QuerySelectorAll($"[itemprop~='{property}']"))
        {
            var date = DateText.ParseMachine(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent);
            if (date is not null) return date;
        }
        return null;
    }

    private static DateTimeOffset? FromTimeElements(IDocument document)
    {
        foreach (var time in document.GetElementsByTagName("time"))
        {
            var date = DateText.ParseMachine(time.GetAttribute("datetime")) ?? DateText.FindInText(time.TextContent);
            if (date is not null) return date;
        }
        return null;
    }

    private static DateTimeOffset? FromVisibleText(IDocument document)
    {
        var checkedElements = 0;
        foreach (var element in document.QuerySelectorAll("[class*='date' i], [class*='time' i], [class*='publish' i], [id*='date' i], [class*='meta' i]"))
        {
            if (element.LocalName is "html" or "body" or "script" or "style") continue;
            var date = DateText.FindInText(element.TextContent);
            if (date is not null) return date;
            if (++checkedElements >= MaxDateElements) break;
        }
        return null;
    }
}
