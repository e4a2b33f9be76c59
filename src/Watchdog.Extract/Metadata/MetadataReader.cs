using AngleSharp.Dom;
using Watchdog.Core.Articles;
using Watchdog.Extract.Dates;

namespace Watchdog.Extract.Metadata;

/// <summary>Reads a page's metadata from its untouched document: JSON-LD first, then OpenGraph and other meta tags, then markup.</summary>
public static class MetadataReader
{
    public static PageMetadata Read(IDocument document, Uri url)
    {
        var elements = MetadataElements.Collect(document);
        var meta = MetaTags.Read(elements);
        var jsonLd = JsonLdReader.Read(elements);
        var siteName = meta.First("og:site_name", "application-name", "twitter:site") ?? jsonLd.Publisher;
        var heading = elements.FirstHeading?.TextContent;
        var rawTitle = meta.First("og:title", "twitter:title") ?? jsonLd.Headline ?? document.Title;
        var (published, modified) = PublicationDateFinder.Find(elements, meta, jsonLd, url);
        var fields = new ExtractedArticle
        {
            Title = TitleCleaner.Clean(rawTitle, siteName, heading),
            Authors = AuthorFinder.Find(elements, meta, jsonLd),
            PublishedAt = published,
            ModifiedAt = modified,
            CanonicalUrl = Resolve(url, meta.Link("canonical") ?? meta.First("og:url") ?? jsonLd.Url),
            SiteName = siteName?.TrimStart('@'),
            LanguageHint = Language(document, meta, jsonLd),
            ImageUrl = Resolve(url, meta.First("og:image", "og:image:url", "twitter:image", "twitter:image:src") ?? jsonLd.Image)?.ToString(),
            Description = meta.First("description", "og:description", "twitter:description") ?? jsonLd.Description,
        };
        return new PageMetadata(fields, meta.First("og:type"), jsonLd);
    }

    private static Uri? Resolve(Uri pageUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        return Uri.TryCreate(pageUrl, href.Trim(), out var resolved) && (resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps)
            ? resolved
            : null;
    }

    /// <summary>The declared language as a lower-case primary subtag ("ru-RU" and "ru_RU" → "ru").</summary>
    private static string? Language(IDocument document, MetaTags meta, JsonLdArticle jsonLd)
    {
        var declared = document.DocumentElement?.GetAttribute("lang")
            ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? meta.First("content-language", "language", "og:locale", "dc.language")
            ?? jsonLd.Language;
        if (string.IsNullOrWhiteSpace(declared)) return null;
        var primary = declared.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
