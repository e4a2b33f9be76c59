namespace Watchdog.Collect.Sitemaps;

/// <summary>A sitemap (list of pages) or sitemap index (list of further sitemaps), with anything wrong in it.</summary>
public sealed record ParsedSitemap(SitemapKind Kind, IReadOnlyList<SitemapEntry> Entries, IReadOnlyList<string> Problems)
{
    public static ParsedSitemap Failed(string problem) => new(SitemapKind.Unknown, [], [problem]);
}

/// <param name="News">Present for Google News sitemap entries.</param>
public sealed record SitemapEntry(Uri Location, DateTimeOffset? LastModified, SitemapNews? News = null);

public sealed record SitemapNews(string? Title, DateTimeOffset? PublicationDate, string? Language);

/// <summary><see cref="UrlSet"/> lists pages; <see cref="Index"/> lists other sitemaps to fetch.</summary>
public enum SitemapKind { Unknown, UrlSet, Index, Text }
