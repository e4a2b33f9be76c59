using Watchdog.Core.Sources;

namespace Watchdog.Pipeline.Stages.Refresh;

/// <summary>Tells a feed from a sitemap from a web page by looking at the response, for sources of kind Auto.</summary>
public static class SourceContentSniffer
{
    /// <summary>Enough of the start of a document to get past an XML declaration, comments and a DOCTYPE.</summary>
    private const int SniffChars = 2048;

    private static readonly byte[] GzipMagic = [0x1f, 0x8b];

    public static SourceKind Classify(string? contentType, ReadOnlySpan<byte> body, string? text)
    {
        // A gzip file that survived content decoding is a compressed sitemap (sitemap.xml.gz); feeds are not shipped so.
        if (body.StartsWith(GzipMagic)) return SourceKind.Sitemap;
        var head = (text ?? "").AsSpan(0, Math.Min(SniffChars, text?.Length ?? 0)).TrimStart("\uFEFF \t\r\n");
        if (head.StartsWith("{") && head.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase)) return SourceKind.Feed;
        if (head.Contains("<urlset", StringComparison.OrdinalIgnoreCase) || head.Contains("<sitemapindex", StringComparison.OrdinalIgnoreCase))
            return SourceKind.Sitemap;
        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase) || head.Contains("<channel", StringComparison.OrdinalIgnoreCase))
            return SourceKind.Feed;
        if (contentType is { } type && (type.Contains("rss", StringComparison.OrdinalIgnoreCase) || type.Contains("atom", StringComparison.OrdinalIgnoreCase)
            || type.Contains("feed+json", StringComparison.OrdinalIgnoreCase)))
            return SourceKind.Feed;
        return SourceKind.Page;
    }
}
