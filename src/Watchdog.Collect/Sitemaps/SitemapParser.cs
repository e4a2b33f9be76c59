using System.IO.Compression;
using System.Xml.Linq;
using Watchdog.Collect.Feeds;
using Watchdog.Core.Text;

namespace Watchdog.Collect.Sitemaps;

/// <summary>
/// Reads XML sitemaps and sitemap indexes (sitemaps.org 0.9), gzip-compressed or not, with Google News
/// extensions, and plain-text sitemaps (one URL per line). Bad entries are skipped and named in Problems.
/// </summary>
public static class SitemapParser
{
    /// <summary>sitemaps.org caps an uncompressed sitemap at 50 MB; more is refused rather than inflated.</summary>
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;

    /// <summary>Also a per-file cap of the protocol; entries beyond it are dropped with a problem.</summary>
    public const int MaxEntries = 50_000;

    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static ParsedSitemap Parse(byte[] body, string? contentType, Uri? baseUrl)
    {
        if (body is [0x1F, 0x8B, ..])
        {
            var inflated = Gunzip(body);
            if (inflated is null) return ParsedSitemap.Failed($"gzip body is corrupt or inflates past {MaxUncompressedBytes:N0} bytes");
            body = inflated;
            contentType = null; // the charset of the gzip wrapper says nothing about the XML inside
        }
        return Parse(CharsetDecoder.Decode(body, contentType).Text, baseUrl);
    }

    public static ParsedSitemap Parse(string text, Uri? baseUrl)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty) return ParsedSitemap.Failed("empty document");
        if (start[0] != '<') return ParseText(text, baseUrl);

        var (root, error) = LenientXmlReader.Read(text);
        var problems = new List<string>();
        if (error is not null) problems.Add($"not well-formed XML (read up to the error): {error}");
        if (root is null) return ParsedSitemap.Failed(problems.FirstOrDefault() ?? "no root element");

        var (kind, childName) = root.Name.LocalName switch
        {
            "urlset" => (SitemapKind.UrlSet, "url"),
            "sitemapindex" => (SitemapKind.Index, "sitemap"),
            _ => (SitemapKind.Unknown, ""),
        };
        if (kind == SitemapKind.Unknown) return ParsedSitemap.Failed($"not a sitemap: the root element is <{root.Name.LocalName}>");

        var entries = new List<SitemapEntry>();
        foreach (var element in root.Elements().Where(e => e.Name.LocalName == childName))
        {
            var loc = FeedXml.Value(element.Elements().FirstOrDefault(e => e.Name.LocalName == "loc"));
            var url = FeedXml.Resolve(baseUrl, loc);
            if (url is null || url.Scheme is not ("http" or "https"))
            {
                problems.Add($"entry {entries.Count + 1}: <loc> '{loc}' is not an http(s) URL");
                continue;
            }
            if (entries.Count == MaxEntries)
            {
                problems.Add($"more than {MaxEntries:N0} entries; the rest are ignored");
                break;
            }
            var lastmod = FeedXml.Value(element.Elements().FirstOrDefault(e => e.Name.LocalName == "lastmod"));
            entries.Add(new SitemapEntry(url, FeedDates.Parse(lastmod), ReadNews(element.Element(News + "news"))));
        }
        return new ParsedSitemap(kind, entries, problems);
    }

    private static SitemapNews? ReadNews(XElement? news)
    {
        if (news is null) return null;
        var language = FeedXml.Value(news.Element(News + "publication")?.Element(News + "language"));
        return new SitemapNews(FeedXml.PlainText(FeedXml.Value(news.Element(News + "title"))), FeedDates.Parse(FeedXml.Value(news.Element(News + "publication_date"))), language);
    }

    private static ParsedSitemap ParseText(string text, Uri? baseUrl)
    {
        var entries = new List<SitemapEntry>();
        var problems = new List<string>();
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Take(MaxEntries))
        {
            if (FeedXml.Resolve(baseUrl, line) is { Scheme: "http" or "https" } url && Uri.IsWellFormedUriString(line, UriKind.Absolute)) entries.Add(new SitemapEntry(url, null));
            else problems.Add($"line '{Truncate(line)}' is not an absolute http(s) URL");
        }
        return entries.Count == 0 ? ParsedSitemap.Failed("neither XML nor a list of URLs") : new ParsedSitemap(SitemapKind.Text, entries, problems);
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";

    private static byte[]? Gunzip(byte[] body)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxUncompressedBytes) return null;
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
