using Watchdog.Collect.Sitemaps;
using Watchdog.Core.Sources;

namespace Watchdog.Pipeline.Stages.Refresh;

/// <summary>Reads a sitemap, or a sitemap index and its newest child sitemaps, into candidate articles, newest first.</summary>
public sealed class SitemapSourceReader(TrackedFetcher fetcher)
{
    /// <summary>
    /// A news site's index lists one sitemap per month or day going back years; the newest few hold what is new.
    /// Older ones were read on earlier refreshes (and answer 304 now).
    /// </summary>
    public const int MaxChildSitemaps = 5;

    public async Task<SourceReading> ReadAsync(Source source, Uri url, byte[] body, string? contentType, CancellationToken ct)
    {
        var sitemap = SitemapParser.Parse(body, contentType, url);
        if (sitemap.Kind == SitemapKind.Unknown) return SourceReading.Failed(SourceKind.Sitemap, Describe(sitemap));
        if (sitemap.Kind != SitemapKind.Index) return new SourceReading(SourceKind.Sitemap, ToItems(sitemap.Entries), Problem: ProblemOf(sitemap));

        var entries = new List<SitemapEntry>();
        var problems = new List<string>(sitemap.Problems);
        var children = sitemap.Entries.OrderByDescending(e => e.LastModified ?? DateTimeOffset.MinValue).Take(MaxChildSitemaps);
        foreach (var child in children)
        {
            var fetched = await fetcher.FetchAsync(child.Location, source.Id, ct);
            if (fetched.IsUnchanged) continue;
            if (!fetched.Result.HasBody)
            {
                problems.Add($"child sitemap {child.Location}: {fetched.Result.Outcome} {fetched.Result.Error}");
                continue;
            }
            var childSitemap = SitemapParser.Parse(fetched.Result.Body!, fetched.Result.ContentType, child.Location);
            // Indexes do not nest (sitemaps.org); a nested one is skipped rather than followed without bound.
            if (childSitemap.Kind is SitemapKind.Unknown or SitemapKind.Index)
            {
                problems.Add($"child sitemap {child.Location}: {Describe(childSitemap)}");
                continue;
            }
            entries.AddRange(childSitemap.Entries);
            problems.AddRange(childSitemap.Problems);
            await fetcher.RememberAsync(fetched, ct);
        }
        return new SourceReading(SourceKind.Sitemap, ToItems(entries), Problem: problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private static List<DiscoveredItem> ToItems(IEnumerable<SitemapEntry> entries) =>
        entries
            .OrderByDescending(e => e.News?.PublicationDate ?? e.LastModified ?? DateTimeOffset.MinValue)
            .Select(e => new DiscoveredItem(e.Location, e.News is { } news
                ? new FeedItemContent(news.Title, null, null, [], news.PublicationDate, e.LastModified)
                : null))
            .ToList();

    private static string? ProblemOf(ParsedSitemap sitemap) => sitemap.Problems.Count == 0 ? null : string.Join("; ", sitemap.Problems);

    private static string Describe(ParsedSitemap sitemap) =>
        sitemap.Kind == SitemapKind.Index ? "a sitemap index inside a sitemap index is not followed" : ProblemOf(sitemap) ?? "not a sitemap";
}
