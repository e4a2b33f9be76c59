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

    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Find(MetadataElements elements, MetaTags meta, JsonLdArticle jsonLd, Uri url)
    {
        var published = DateText.ParseMachine(jsonLd.DatePublished)
            ?? DateText.ParseMachine(meta.First(PublishedMeta))
            ?? FromMarkup(elements.DatePublishedItems)
            ?? FromTimeElements(elements.TimeElements)
            ?? FromVisibleText(elements.DateLookingElements)
            ?? UrlDate.Find(url);
        var modified = DateText.ParseMachine(jsonLd.DateModified)
            ?? DateText.ParseMachine(meta.First(ModifiedMeta))
            ?? FromMarkup(elements.DateModifiedItems);
        return (published, modified);
    }

    private static DateTimeOffset? FromMarkup(IReadOnlyList<IElement> items)
    {
        foreach (var element in items)
        {
            var date = DateText.ParseMachine(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent);
            if (date is not null) return date;
        }
        return null;
    }

    private static DateTimeOffset? FromTimeElements(IReadOnlyList<IElement> times)
    {
        foreach (var time in times)
        {
            var date = DateText.ParseMachine(time.GetAttribute("datetime")) ?? DateText.FindInText(time.TextContent);
            if (date is not null) return date;
        }
        return null;
    }

    /// <param name="elements">Elements with date-like class or id names (at most <see cref="MaxDateElements"/>).</param>
    private static DateTimeOffset? FromVisibleText(IReadOnlyList<IElement> elements)
    {
        foreach (var element in elements)
        {
            var date = DateText.FindInText(element.TextContent);
            if (date is not null) return date;
        }
        return null;
    }
}
