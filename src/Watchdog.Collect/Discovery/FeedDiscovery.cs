using AngleSharp.Html.Parser;

namespace Watchdog.Collect.Discovery;

/// <summary>A feed a page advertises with &lt;link rel="alternate"&gt;.</summary>
public sealed record DiscoveredFeed(Uri Url, string Type, string? Title);

/// <summary>Finds the feeds an HTML page links to in its head (RSS, Atom, RDF and JSON Feed), resolving relative hrefs.</summary>
public static class FeedDiscovery
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json", "application/json",
        "text/xml", "application/xml",
    };

    public static IReadOnlyList<DiscoveredFeed> Discover(string html, Uri baseUri)
    {
        var document = new HtmlParser().ParseDocument(html);
        var documentBase = DocumentBase.Of(document, baseUri);
        var found = new List<DiscoveredFeed>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = link.GetAttribute("type")?.Split(';')[0].Trim();
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) || type is null || !FeedTypes.Contains(type)) continue;
            // Plain XML/JSON alternates are only feeds when they say so: skip e.g. an oEmbed JSON link.
            if (type is "application/json" or "text/xml" or "application/xml" && !LooksLikeFeedHref(link.GetAttribute("href")!)) continue;
            if (!Uri.TryCreate(documentBase, link.GetAttribute("href")!.Trim(), out var url) || url.Scheme is not ("http" or "https")) continue;
            if (found.Any(f => f.Url == url)) continue;
            found.Add(new DiscoveredFeed(url, type.ToLowerInvariant(), link.GetAttribute("title")?.Trim()));
        }
        return found;
    }

    private static bool LooksLikeFeedHref(string href) =>
        href.Contains("feed", StringComparison.OrdinalIgnoreCase) || href.Contains("rss", StringComparison.OrdinalIgnoreCase) || href.Contains("atom", StringComparison.OrdinalIgnoreCase);
}
