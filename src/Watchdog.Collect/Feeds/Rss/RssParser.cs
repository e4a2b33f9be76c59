using System.Xml.Linq;

namespace Watchdog.Collect.Feeds.Rss;

/// <summary>
/// RSS 0.9x and 2.0 (root &lt;rss&gt;), and the item reader shared with RSS 1.0/RDF. Microsoft's Channel Definition
/// Format (CDF, 1997: &lt;CHANNEL HREF LASTMOD&gt;, &lt;ITEM&gt;, &lt;ABSTRACT&gt;) shares the shape and is read here too.
/// </summary>
internal static class RssParser
{
    public static ParsedFeed Parse(XElement root, Uri? baseUrl) => ReadDocument(root, baseUrl, FeedFormat.Rss, (string?)root.Attribute("version"));

    /// <summary>
    /// Reads a channel and its items. Items belong inside &lt;channel&gt; in RSS 2.0 but beside it in RSS 1.0/RDF
    /// (and in some 0.9x feeds), so both places are read.
    /// </summary>
    public static ParsedFeed ReadDocument(XElement root, Uri? baseUrl, FeedFormat format, string? version)
    {
        var channel = FeedXml.Child(root, "channel") ?? root;
        var channelBase = FeedXml.BaseOf(channel, baseUrl);
        var items = FeedXml.Children(channel, "item").Concat(channel == root ? [] : FeedXml.Children(root, "item"));
        return ReadChannel(channel, channelBase, items, format) with { Version = version };
    }

    private static ParsedFeed ReadChannel(XElement channel, Uri? channelBase, IEnumerable<XElement> items, FeedFormat format)
    {
        var link = FeedXml.Resolve(channelBase, FeedXml.Value(FeedXml.Child(channel, "link")))
            ?? AtomLink(channel, channelBase, "alternate")
            ?? FeedXml.Resolve(channelBase, FeedXml.AttributeAnyCase(channel, "href"));
        return new ParsedFeed(
            format,
            FeedXml.PlainText(FeedXml.Value(FeedXml.Child(channel, "title")) ?? FeedXml.Value(channel.Element(FeedXml.Dc + "title"))),
            link,
            FeedHtmlSanitizer.Sanitize(FeedXml.Value(FeedXml.Child(channel, "description")) ?? FeedXml.Value(channel.Element(FeedXml.Dc + "description"))
                ?? FeedXml.Value(FeedXml.ITunes(channel, "subtitle").FirstOrDefault()) ?? FeedXml.Value(FeedXml.ITunes(channel, "summary").FirstOrDefault())
                ?? FeedXml.Value(FeedXml.Child(channel, "abstract")), channelBase),
            [.. items.Select(item => ReadItem(item, FeedXml.BaseOf(item, channelBase)))],
            [],
            WellFormed: true);
    }

    private static FeedItem ReadItem(XElement item, Uri? itemBase)
    {
        var guid = FeedXml.Child(item, "guid");
        var guidValue = FeedXml.Value(guid);
        var guidIsLink = guidValue is not null && !string.Equals((string?)guid!.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
        var link = FeedXml.Resolve(itemBase, FeedXml.Value(FeedXml.Child(item, "link")))
            ?? AtomLink(item, itemBase, "alternate")
            ?? (guidIsLink ? FeedXml.Resolve(itemBase, guidValue) : null)
            ?? FeedXml.Resolve(itemBase, FeedXml.AttributeAnyCase(item, "href"));
        // Some feeds write a <summary> beside <description>: the first of the two is the summary, the other the full text.
        var descriptions = FeedXml.Children(item, "description").Concat(FeedXml.Children(item, "summary")).InDocumentOrder().ToList();
        var about = (string?)item.Attribute(FeedXml.Rdf + "about");
        return new FeedItem
        {
            Id = guidValue ?? about ?? link?.AbsoluteUri,
            Title = FeedXml.PlainText(FeedXml.Value(FeedXml.Child(item, "title")) ?? FeedXml.Value(item.Element(FeedXml.Dc + "title"))
                ?? FeedXml.Value(item.Element(FeedXml.MediaRss + "title")) ?? FeedXml.Value(item.Element(FeedXml.MediaRss + "content")?.Element(FeedXml.MediaRss + "title"))),
            Link = link,
            Authors = [.. FeedXml.Children(item, "author").Concat(item.Elements(FeedXml.Dc + "creator")).Concat(FeedXml.ITunes(item, "author"))
                .Select(FeedXml.Value).OfType<string>().Select(FeedXml.AuthorName).Distinct()],
            Published = FeedDates.Parse(FeedXml.Value(FeedXml.Children(item, "pubDate").LastOrDefault()) ?? FeedXml.Value(item.Element(FeedXml.Dc + "date")) ?? FeedXml.Value(item.Element(FeedXml.DcTerms + "issued"))),
            Updated = FeedDates.Parse(FeedXml.Value(item.Element(FeedXml.Atom + "updated")) ?? FeedXml.Value(item.Element(FeedXml.DcTerms + "modified"))
                ?? FeedXml.AttributeAnyCase(item, "lastmod")),
            Summary = FeedHtmlSanitizer.Sanitize(FeedXml.Value(descriptions.ElementAtOrDefault(0)) ?? FeedXml.Value(item.Element(FeedXml.Dc + "description"))
                ?? FeedXml.Value(FeedXml.ITunes(item, "summary").FirstOrDefault()) ?? FeedXml.Value(FeedXml.ITunes(item, "subtitle").FirstOrDefault())
                ?? FeedXml.Value(FeedXml.Child(item, "abstract")), itemBase),
            Content = FeedHtmlSanitizer.Sanitize(FeedXml.Value(item.Element(FeedXml.Content + "encoded")) ?? Body(item) ?? FeedXml.Value(FeedXml.Child(item, "fullitem"))
                ?? FeedXml.Value(descriptions.ElementAtOrDefault(1)), itemBase),
            Enclosures = [.. FeedXml.Children(item, "enclosure").Select(e => ReadEnclosure(e, itemBase)).OfType<FeedEnclosure>()],
            Categories = [.. item.Elements().SelectMany(CategoryTerms).Distinct()],
        };
    }

    /// <summary>The category terms one child element gives, so categories keep the order the feed wrote them in.</summary>
    private static IEnumerable<string> CategoryTerms(XElement element)
    {
        if (FeedXml.IsFeedElement(element, "category") || element.Name == FeedXml.Dc + "subject") return FeedXml.Value(element) is { } term ? [term] : [];
        if (FeedXml.IsITunes(element, "category")) return (string?)element.Attribute("text") is { Length: > 0 } text ? [text] : [];
        // A made-up but common <tags>a, b</tags>: a comma-separated list.
        if (FeedXml.IsFeedElement(element, "tags")) return (FeedXml.Value(element) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return [];
    }

    /// <summary>An inline body (XHTML, or undeclared markup in no namespace), serialised as HTML.</summary>
    private static string? Body(XElement item)
    {
        var body = item.Element(FeedXml.Xhtml + "body") ?? FeedXml.Child(item, "body");
        if (body is null) return null;
        var markup = body.HasElements ? FeedXml.InnerMarkup(body) : body.Value.Trim();
        return markup.Length == 0 ? null : markup;
    }

    private static FeedEnclosure? ReadEnclosure(XElement enclosure, Uri? itemBase)
    {
        var url = FeedXml.Resolve(itemBase, (string?)enclosure.Attribute("url"));
        return url is null ? null : new FeedEnclosure(url, (string?)enclosure.Attribute("type"), FeedXml.ParseLength((string?)enclosure.Attribute("length")));
    }

    private static Uri? AtomLink(XElement parent, Uri? baseUri, string rel) => parent.Elements(FeedXml.Atom + "link")
        .Where(l => ((string?)l.Attribute("rel") ?? "alternate") == rel)
        .Select(l => FeedXml.Resolve(FeedXml.BaseOf(l, baseUri), (string?)l.Attribute("href")))
        .FirstOrDefault(u => u is not null);
}
