using System.Globalization;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Watchdog.Core.Sources;

namespace Watchdog.Bench.IngestReal;

/// <summary>
/// A loopback web of real-size pages (<see cref="RealPageSet"/>): <c>hosts</c> sites, each its own Kestrel port on
/// 127.0.0.1 (the fetcher's politeness is per host and port, so each port is a host of its own), half listing their
/// pages in an RSS feed and half in a sitemap, each with a robots.txt that allows everything. Pages are made on request,
/// so the web holds only the real pages' markup, not thousands of pages. Optionally also social hosts, each a Mastodon
/// tag timeline of <see cref="ShortPosts"/> (the demo's case: short texts).
/// </summary>
public sealed class RealWeb : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServedPages _served;

    private RealWeb(WebApplication app, IReadOnlyList<Uri> sites, IReadOnlyList<Uri> socialSites, int perHost, string description, ServedPages served)
    {
        _app = app;
        Sites = sites;
        SocialSites = socialSites;
        PerHost = perHost;
        Description = description;
        _served = served;
    }

    public string Description { get; }

    /// <summary>Article pages served so far and their bytes (UTF-8, before any compression).</summary>
    public (long Pages, long Bytes) Served => (Interlocked.Read(ref _served.Pages), Interlocked.Read(ref _served.Bytes));

    public IReadOnlyList<Uri> Sites { get; }

    /// <summary>Mastodon-like hosts, each serving one tag timeline of <see cref="ShortPosts.PerTimeline"/> short posts at /tags/bench.</summary>
    public IReadOnlyList<Uri> SocialSites { get; }

    public int Posts => SocialSites.Count * ShortPosts.PerTimeline;

    public int PerHost { get; }

    public int Pages => Sites.Count * PerHost;

    /// <summary>Even ports list their pages in a feed, odd ones in a sitemap.</summary>
    public static SourceKind KindOf(Uri site) => site.Port % 2 == 0 ? SourceKind.Feed : SourceKind.Sitemap;

    /// <summary>Where the service reads a social host's tag (/tags/bench) through Mastodon's API.</summary>
    private const string SocialTimelinePath = "/api/v1/timelines/tag/bench";

    public static Uri SocialUrl(Uri site) => new(site, "/tags/bench");

    public static Uri ListingUrl(Uri site) => new(site, KindOf(site) == SourceKind.Feed ? "/feed.xml" : "/sitemap.xml");

    public static async Task<RealWeb> StartAsync(RealPageSet pages, int hosts, int perHost, ShortPosts? posts = null, int socialHosts = 0)
    {
        // The handler needs the sites (to number its host), which exist once the ports are open.
        var sites = new List<Uri>();
        var social = new List<Uri>();
        var served = new ServedPages();
        var (app, opened) = await LoopbackSites.StartAsync(hosts + (posts is null ? 0 : socialHosts),
            context => ServeAsync(context, pages, sites, perHost, served, posts, social));
        var ordered = opened.OrderBy(u => u.Port).ToList();
        sites.AddRange(ordered.Take(hosts));
        social.AddRange(ordered.Skip(hosts));
        var description = posts is null || social.Count == 0 ? pages.Description : $"{pages.Description}; {posts.Description}";
        return new RealWeb(app, sites, social, perHost, description, served);
    }

    private static Task ServeAsync(HttpContext context, RealPageSet pages, List<Uri> sites, int perHost, ServedPages served, ShortPosts? posts, List<Uri> social)
    {
        var port = context.Connection.LocalPort;
        var host = sites.FindIndex(s => s.Port == port);
        var path = context.Request.Path.Value ?? "/";
        var site = $"http://{context.Request.Host}";
        if (path == "/robots.txt") return WriteAsync(context, "text/plain", "User-agent: *\nAllow: /\n");
        if (posts is not null && path == SocialTimelinePath && social.FindIndex(s => s.Port == port) is var timeline and >= 0)
            return WriteAsync(context, "application/json; charset=utf-8", posts.Timeline(new Uri(site), timeline));
        if (path == "/feed.xml") return WriteAsync(context, "application/rss+xml", Feed(site, perHost));
        if (path == "/sitemap.xml") return WriteAsync(context, "application/xml", Sitemap(site, perHost));
        if (host >= 0 && path.StartsWith("/news/", StringComparison.Ordinal) && int.TryParse(path[6..], CultureInfo.InvariantCulture, out var n) && n >= 0 && n < perHost)
        {
            var page = pages.Page(host * perHost + n);
            Interlocked.Increment(ref served.Pages);
            Interlocked.Add(ref served.Bytes, Encoding.UTF8.GetByteCount(page));
            return WriteAsync(context, "text/html; charset=utf-8", page);
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static string Feed(string site, int perHost)
    {
        var items = Enumerable.Range(0, perHost).Select(n =>
            $"<item><title>Item {n}</title><link>{SecurityElement.Escape($"{site}/news/{n}")}</link><guid>{n}</guid></item>");
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Real-size {site}</title><link>{site}/</link>{string.Concat(items)}</channel></rss>";
    }

    private static string Sitemap(string site, int perHost)
    {
        var modified = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var urls = Enumerable.Range(0, perHost).Select(n => $"<url><loc>{SecurityElement.Escape($"{site}/news/{n}")}</loc><lastmod>{modified}</lastmod></url>");
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{string.Concat(urls)}</urlset>";
    }

    private static Task WriteAsync(HttpContext context, string contentType, string body)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private sealed class ServedPages
    {
        public long Pages;
        public long Bytes;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
