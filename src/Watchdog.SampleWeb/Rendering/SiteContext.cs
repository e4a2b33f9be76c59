using System.Globalization;
using Watchdog.SampleWeb.Content;

namespace Watchdog.SampleWeb.Rendering;

/// <summary>A site's content together with the address it is served from, which every absolute link needs.</summary>
public sealed record SiteContext(SiteContent Content, Uri BaseUri)
{
    public SiteManifest Manifest => Content.Manifest;

    /// <summary>Base address without the trailing slash, as templates write <c>{{base}}/path</c>.</summary>
    public string Base => BaseUri.GetLeftPart(UriPartial.Authority);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Content.Manifest.Language);

    public string PathOf(SampleArticle article) =>
        article.Path ?? Manifest.ArticlePath
            .Replace("{slug}", article.Slug, StringComparison.Ordinal)
            .Replace("{yyyy}", article.PublishedAt.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{MM}", article.PublishedAt.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public string UrlOf(SampleArticle article) => Absolute(PathOf(article));

    public string Absolute(string path) => Base + path;

    public IEnumerable<SampleArticle> Listed(Listings listing) =>
        Content.Articles.Where(a => a.ListedIn.HasFlag(listing)).OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Slug, StringComparer.Ordinal);

    public DateTimeOffset NewestChange(Listings listing) =>
        Listed(listing).Select(a => a.LastChangedAt).DefaultIfEmpty(Manifest.StaticFilesModifiedAt).Max();

    public string DisplayDate(DateTimeOffset date) => date.ToString("d MMMM yyyy, HH:mm", Culture);

    /// <summary>Values every template may use.</summary>
    public Dictionary<string, string> CommonValues() => new()
    {
        ["base"] = Base,
        ["site_title"] = Html(Manifest.Title),
        ["site_description"] = Html(Manifest.Description),
        ["lang"] = Manifest.Language,
        ["feed_url"] = Absolute(Manifest.FeedPath),
        ["section_path"] = Manifest.SectionPath,
        ["section_title"] = Html(Manifest.SectionTitle),
        ["year"] = Manifest.StaticFilesModifiedAt.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Escapes only the markup characters; typographic quotes and dashes stay literal, as real sites write them.</summary>
    public static string Html(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
