using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Discovery;

/// <summary>A link found on a section page, with the crawl depth it would be fetched at.</summary>
public sealed record DiscoveredLink(Uri Url, int Depth, string? Text);

/// <summary>
/// From a section page (a news front page, a category listing), picks the same-site links that look like
/// articles, within the source's <see cref="CrawlLimits"/>: depth, URL include/exclude patterns and a page cap.
/// </summary>
public sealed class SectionLinkExtractor
{
    /// <summary>User patterns run on every link; a pathological one must not stall the crawler.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Files that are never articles.</summary>
    private static readonly HashSet<string> NonArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".pdf", ".zip", ".gz", ".mp3", ".mp4", ".xml", ".rss", ".json",
    };

    /// <summary>Path segments of listing, account and utility pages rather than articles.</summary>
    private static readonly HashSet<string> NonArticleSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "category", "categories", "author", "authors", "page", "search", "login", "logout", "register", "signup",
        "account", "cart", "feed", "rss", "comments", "wp-admin", "wp-login.php", "cdn-cgi", "share", "print",
    };

    private readonly CrawlLimits _limits;
    private readonly Regex? _include;
    private readonly Regex? _exclude;

    /// <exception cref="ArgumentException">An include or exclude pattern is not a valid regular expression (see <see cref="Validate"/>).</exception>
    public SectionLinkExtractor(CrawlLimits limits)
    {
        if (Validate(limits) is { } problem) throw new ArgumentException(problem, nameof(limits));
        _limits = limits;
        _include = Compile(limits.IncludePattern);
        _exclude = Compile(limits.ExcludePattern);
    }

    /// <returns>Why the limits cannot be used, or null when they can.</returns>
    public static string? Validate(CrawlLimits limits)
    {
        if (limits.MaxDepth < 0) return "MaxDepth must not be negative.";
        if (limits.MaxPagesPerRun < 0) return "MaxPagesPerRun must not be negative.";
        foreach (var (name, pattern) in new[] { ("IncludePattern", limits.IncludePattern), ("ExcludePattern", limits.ExcludePattern) })
        {
            if (pattern is null) continue;
            try
            {
                _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            }
            catch (ArgumentException e)
            {
                return $"{name} '{pattern}' is not a valid regular expression: {e.Message}";
            }
        }
        return null;
    }

    /// <param name="pageDepth">Depth of the page being read: 0 for the source's own section page.</param>
    public IReadOnlyList<DiscoveredLink> Extract(string html, Uri pageUrl, int pageDepth = 0)
    {
        var depth = pageDepth + 1;
        if (depth > _limits.MaxDepth) return [];
        var document = new HtmlParser().ParseDocument(html);
        var documentBase = DocumentBase.Of(document, pageUrl);
        var seen = new HashSet<Uri> { WithoutFragment(pageUrl) };
        var links = new List<DiscoveredLink>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (links.Count >= _limits.MaxPagesPerRun) break;
            if (anchor.GetAttribute("rel")?.Contains("nofollow", StringComparison.OrdinalIgnoreCase) == true) continue;
            if (!Uri.TryCreate(documentBase, anchor.GetAttribute("href")!.Trim(), out var url)) continue;
            url = WithoutFragment(url);
            if (!IsSameSite(url, pageUrl) || !LooksLikeArticle(url) || !PassesPatterns(url) || !seen.Add(url)) continue;
            var text = anchor.TextContent.Trim();
            links.Add(new DiscoveredLink(url, depth, text.Length == 0 ? null : text));
        }
        return links;
    }

    /// <summary>Same host, ignoring a leading "www." (sites serve both).</summary>
    public static bool IsSameSite(Uri url, Uri page) =>
        url.Scheme is "http" or "https" && string.Equals(StripWww(url.IdnHost), StripWww(page.IdnHost), StringComparison.OrdinalIgnoreCase);

    /// <summary>A real path (not the home page) that is not a file, a listing or a utility page.</summary>
    public static bool LooksLikeArticle(Uri url)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return false;
        if (NonArticleExtensions.Contains(Path.GetExtension(segments[^1]))) return false;
        return !segments.Any(NonArticleSegments.Contains);
    }

    private bool PassesPatterns(Uri url)
    {
        var text = url.AbsoluteUri;
        try
        {
            return (_include is null || _include.IsMatch(text)) && (_exclude is null || !_exclude.IsMatch(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? Compile(string? pattern) =>
        pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);

    private static Uri WithoutFragment(Uri url) => url.Fragment.Length == 0 ? url : new Uri(url.GetLeftPart(UriPartial.Query));

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
