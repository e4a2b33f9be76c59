using Watchdog.Core.Sources;

namespace Watchdog.SampleWeb.Content;

/// <summary>A sample site's <c>site.json</c>: how its pages, feed and sitemap are laid out.</summary>
public sealed record SiteManifest
{
    public required string Title { get; init; }
    public required string Language { get; init; }
    public required string Description { get; init; }
    public required FeedFormat FeedFormat { get; init; }
    public required string FeedPath { get; init; }
    public required SitemapStyle SitemapStyle { get; init; }
    /// <summary>Path of an article page with <c>{slug}</c>, <c>{yyyy}</c> and <c>{MM}</c> placeholders.</summary>
    public required string ArticlePath { get; init; }
    public required string SectionPath { get; init; }
    public required string SectionTitle { get; init; }
    public bool JsonLd { get; init; } = true;
    public bool OpenGraph { get; init; } = true;
    /// <summary>Last-Modified of pages that do not derive from an article (robots.txt, static files).</summary>
    public required DateTimeOffset StaticFilesModifiedAt { get; init; }
    public IReadOnlyList<DemoSourceEntry> DemoSources { get; init; } = [];
}

public enum FeedFormat { Rss, Atom, JsonFeed, Rdf }

public enum SitemapStyle
{
    /// <summary>One urlset at /sitemap.xml.</summary>
    Plain,
    /// <summary>One urlset with the Google News extension.</summary>
    News,
    /// <summary>A sitemap index pointing at a gzip-compressed article sitemap and a plain section sitemap.</summary>
    IndexWithGzip,
}

public sealed record DemoSourceEntry(string Path, SourceKind Kind, IReadOnlyList<string> Tags, string Title);
