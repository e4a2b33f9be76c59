using System.Xml.Linq;
using Watchdog.Collect.Feeds.Atom;
using Watchdog.Collect.Feeds.JsonFeed;
using Watchdog.Collect.Feeds.Rdf;
using Watchdog.Collect.Feeds.Rss;
using Watchdog.Core.Text;

namespace Watchdog.Collect.Feeds;

/// <summary>
/// Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0/0.3 and JSON Feed 1.x into one model. Never throws on bad input:
/// 1. decode bytes (BOM, HTTP charset, XML declaration, sniffing);
/// 2. JSON when the document starts with '{', otherwise XML read strictly;
/// 3. if the XML is broken, repair common faults and read again leniently, keeping everything up to the first
///    unrecoverable error — the result is marked not well-formed and the problem is named;
/// 4. the root element picks the format.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(byte[] body, string? contentType, Uri? baseUrl)
    {
        var decoded = CharsetDecoder.Decode(body, contentType);
        var feed = Parse(decoded.Text, baseUrl);
        if (decoded.IgnoredCharset is not null)
        {
            feed = feed with { Problems = [.. feed.Problems, $"unknown charset '{decoded.IgnoredCharset}' ignored; read as {decoded.Charset}"] };
        }
        // Bytes that are not UTF-8 in a document read as UTF-8 are a fatal error in XML (1.0 §4.3.3): the text was read with
        // U+FFFD in their place, so say so rather than pass a damaged reading as sound.
        if (decoded.Charset == "utf-8" && decoded.DetectedFrom != CharsetSource.Sniffed && !System.Text.Unicode.Utf8.IsValid(body))
        {
            feed = feed with { WellFormed = false, Problems = [.. feed.Problems, "bytes that are not valid UTF-8 in a document read as UTF-8; they read as U+FFFD"] };
        }
        // XML without a declared encoding must be UTF-8; bytes that are not were guessed, so the reading is best-effort.
        if (feed.Format is not FeedFormat.JsonFeed && decoded.DetectedFrom == CharsetSource.Sniffed && decoded.Charset != "utf-8")
        {
            feed = feed with { WellFormed = false, Problems = [.. feed.Problems, $"no encoding declared and the bytes are not UTF-8; guessed {decoded.Charset}"] };
        }
        return feed;
    }

    public static ParsedFeed Parse(string text, Uri? baseUrl)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty) return ParsedFeed.Failed("empty document");
        if (start[0] is '{' or '[') return JsonFeedParser.Parse(text, baseUrl);

        var problems = new List<string>();
        var (root, error) = LenientXmlReader.Read(text);
        if (error is not null)
        {
            problems.Add($"not well-formed XML: {error}");
            var (repaired, repairedError) = LenientXmlReader.Read(XmlSanitiser.Sanitise(text));
            if (repaired is not null && (root is null || repaired.DescendantsAndSelf().Count() >= root.DescendantsAndSelf().Count())) root = repaired;
            if (repairedError is not null) problems.Add($"read up to the error after repair: {repairedError}");
        }
        if (root is null) return ParsedFeed.Failed(problems.Count > 0 ? problems[0] : "no XML root element");

        var feed = ReadRoot(root, baseUrl);
        return feed with { Problems = [.. problems, .. feed.Problems], WellFormed = error is null && feed.WellFormed };
    }

    private static ParsedFeed ReadRoot(XElement root, Uri? baseUrl) => root.Name.LocalName.ToLowerInvariant() switch
    {
        "rss" => RssParser.Parse(root, baseUrl),
        "channel" => RssParser.Parse(root, baseUrl), // RSS 0.9x fragments without the <rss> wrapper
        "feed" when root.Name.Namespace == FeedXml.Atom || root.Name.Namespace == FeedXml.Atom03 => AtomParser.Parse(root, baseUrl),
        "feed" => AtomParser.Parse(root, baseUrl) with { Problems = [$"<feed> in unexpected namespace '{root.Name.NamespaceName}', read as Atom"] },
        "rdf" => RdfParser.Parse(root, baseUrl),
        _ => ParsedFeed.Failed($"not a feed: the root element is <{root.Name.LocalName}>"),
    };
}
