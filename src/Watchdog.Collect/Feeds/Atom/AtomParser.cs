using System.Xml.Linq;

namespace Watchdog.Collect.Feeds.Atom;

/// <summary>Atom 1.0 (RFC 4287) and the older Atom 0.3, with xml:base applied to every link.</summary>
internal static class AtomParser
{
    public static ParsedFeed Parse(XElement root, Uri? baseUrl)
    {
        var ns = root.Name.Namespace;
        var feedBase = FeedXml.BaseOf(root, baseUrl);
        var title = TextConstruct(root.Element(ns + "title"));
        var subtitle = root.Element(ns + "subtitle") ?? root.Element(ns + "tagline");
        return new ParsedFeed(
            FeedFormat.Atom,
            AtomText.AsPlainText(title),
            Link(root, ns, feedBase, "alternate"),
            MarkupWithAbsoluteLinks(TextConstruct(subtitle), subtitle, feedBase),
            [.. root.Elements(ns + "entry").Select(entry => ReadEntry(entry, ns, FeedXml.BaseOf(entry, baseUrl)))],
            [],
            WellFormed: true)
        {
            Version = ns == FeedXml.Atom03 ? "0.3" : "1.0",
        };
    }

    private static FeedItem ReadEntry(XElement entry, XNamespace ns, Uri? entryBase)
    {
        var summary = TextConstruct(entry.Element(ns + "summary"));
        var content = TextConstruct(entry.Element(ns + "content"));
        return new FeedItem
        {
            Id = AbsoluteId(FeedXml.Value(entry.Element(ns + "id")), entryBase),
            Title = AtomText.AsPlainText(TextConstruct(entry.Element(ns + "title"))),
            Link = Link(entry, ns, entryBase, "alternate"),
            Authors = [.. entry.Elements(ns + "author").Select(a => FeedXml.Value(a.Element(ns + "name")) ?? FeedXml.Value(a.Element(ns + "email"))).OfType<string>()],
            Published = FeedDates.Parse(LastDate(entry, ns, "published") ?? LastDate(entry, ns, "issued") ?? LastDate(entry, ns, "created")),
            Updated = FeedDates.Parse(LastDate(entry, ns, "updated") ?? LastDate(entry, ns, "modified")),
            Summary = MarkupWithAbsoluteLinks(summary, entry.Element(ns + "summary"), entryBase),
            Content = MarkupWithAbsoluteLinks(content, entry.Element(ns + "content"), entryBase),
            Enclosures = [.. entry.Elements(ns + "link").Where(l => (string?)l.Attribute("rel") == "enclosure").Select(l => Enclosure(l, entryBase)).OfType<FeedEnclosure>()],
            Categories = [.. entry.Elements(ns + "category").Select(c => (string?)c.Attribute("term") ?? (string?)c.Attribute("label") ?? FeedXml.Value(c)).OfType<string>()],
        };
    }

    /// <summary>A date element given twice is a correction: the last one counts (as feedparser reads it).</summary>
    private static string? LastDate(XElement entry, XNamespace ns, string localName) => FeedXml.Value(entry.Elements(ns + localName).LastOrDefault());

    private static string? MarkupWithAbsoluteLinks(AtomText? text, XElement? element, Uri? entryBase) =>
        text is { IsMarkup: true } ? FeedHtmlSanitizer.Sanitize(text.Value, FeedXml.BaseOf(element!, entryBase)) : FeedHtmlSanitizer.FromPlainText(text?.Value);

    /// <summary>An id written as a relative reference ("/2025/06/post") is relative to the base in force, like any other link.</summary>
    private static string? AbsoluteId(string? id, Uri? entryBase) =>
        id is ['/', ..] && FeedXml.Resolve(entryBase, id) is { } resolved ? resolved.AbsoluteUri : id;

    private static AtomText? TextConstruct(XElement? element) => element is null ? null : AtomText.Read(element);

    private static Uri? Link(XElement parent, XNamespace ns, Uri? parentBase, string rel) => parent.Elements(ns + "link")
        .Where(l => ((string?)l.Attribute("rel") ?? "alternate") == rel)
        .OrderBy(l => (string?)l.Attribute("type") is null or "text/html" or "application/xhtml+xml" ? 0 : 1)
        .Select(l => FeedXml.Resolve(FeedXml.BaseOf(l, parentBase), (string?)l.Attribute("href")))
        .FirstOrDefault(u => u is not null);

    private static FeedEnclosure? Enclosure(XElement link, Uri? entryBase)
    {
        var url = FeedXml.Resolve(FeedXml.BaseOf(link, entryBase), (string?)link.Attribute("href"));
        return url is null ? null : new FeedEnclosure(url, (string?)link.Attribute("type"), FeedXml.ParseLength((string?)link.Attribute("length")));
    }
}
