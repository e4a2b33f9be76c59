using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Watchdog.Collect.Feeds;

/// <summary>Small shared readers over feed XML: children by local name, xml:base, links, plain-text titles.</summary>
internal static partial class FeedXml
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    /// <summary>Apple's podcast namespace (written in two cases in the wild): summary, subtitle, author, category.</summary>
    private const string ITunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XNamespace MediaRss = "http://search.yahoo.com/mrss/";

    /// <summary>iTunes elements of this local name, whatever the case of the namespace URI.</summary>
    public static IEnumerable<XElement> ITunes(XElement parent, string localName) => parent.Elements().Where(e => IsITunes(e, localName));

    public static bool IsITunes(XElement element, string localName) =>
        element.Name.LocalName == localName && element.Name.NamespaceName.Equals(ITunesNamespace, StringComparison.OrdinalIgnoreCase);

    /// <summary>Children with this local name in no namespace or in one of the feed's own namespaces (RSS versions differ).</summary>
    public static IEnumerable<XElement> Children(XElement parent, string localName) => parent.Elements().Where(e => IsFeedElement(e, localName));

    /// <summary>Whether the element has this local name (any case) in no namespace or in one of the feed's own namespaces.</summary>
    public static bool IsFeedElement(XElement element, string localName) =>
        element.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase) && IsFeedNamespace(element.Name.Namespace);

    /// <summary>An attribute by name in any case (CDF writes HREF and LASTMOD in capitals).</summary>
    public static string? AttributeAnyCase(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.Namespace == XNamespace.None && a.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase))?.Value;

    public static XElement? Child(XElement parent, string localName) => Children(parent, localName).FirstOrDefault();

    public static XElement? Child(XElement parent, XName name) => parent.Element(name);

    public static string? Value(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Markup, scripts and styles removed, entities decoded, whitespace collapsed: what a title should read as.</summary>
    public static string? PlainText(string? markup) => FeedHtmlSanitizer.PlainText(markup);

    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The base URI in force at <paramref name="element"/>: the document's, then every xml:base on the way down.</summary>
    public static Uri? BaseOf(XElement element, Uri? documentBase)
    {
        var bases = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).Where(b => b is not null).Reverse();
        var current = documentBase;
        foreach (var value in bases) current = Resolve(current, value!) ?? current;
        return current;
    }

    /// <summary>An absolute URI from a possibly relative reference; null when it cannot be made absolute.</summary>
    public static Uri? Resolve(Uri? baseUri, string? reference)
    {
        reference = reference?.Trim();
        if (string.IsNullOrEmpty(reference)) return null;
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "ftp" or "mailto" or "magnet") return absolute;
        if (baseUri is null || !baseUri.IsAbsoluteUri) return null;
        return Uri.TryCreate(baseUri, reference, out var resolved) ? resolved : null;
    }

    /// <summary>The children of <paramref name="element"/> serialised as HTML markup (see <see cref="WithoutNamespaces"/>).</summary>
    public static string InnerMarkup(XElement element) =>
        string.Concat(element.Nodes().Select(n => WithoutNamespaces(n).ToString(SaveOptions.DisableFormatting))).Trim();

    /// <summary>
    /// A copy with every element moved to no namespace and namespace declarations dropped: inline XHTML, or undeclared
    /// markup that landed in the feed's own namespace, serialises as plain HTML.
    /// </summary>
    public static XNode WithoutNamespaces(XNode node) => node is XElement element
        ? new XElement(
            XName.Get(element.Name.LocalName),
            element.Attributes().Where(a => !a.IsNamespaceDeclaration),
            element.Nodes().Select(WithoutNamespaces))
        : node;

    /// <summary>Relative href/src attributes in an HTML fragment made absolute, so content keeps working links out of context.</summary>
    public static string? ResolveLinksInHtml(string? html, Uri? baseUri)
    {
        if (html is null || baseUri is null || !html.Contains('<', StringComparison.Ordinal)) return html;
        return UrlAttribute().Replace(html, m =>
        {
            var value = m.Groups["v"].Value;
            var resolved = Resolve(baseUri, WebUtility.HtmlDecode(value));
            return resolved is null ? m.Value : $"{m.Groups["a"].Value}={m.Groups["q"].Value}{WebUtility.HtmlEncode(resolved.AbsoluteUri)}{m.Groups["q"].Value}";
        });
    }

    /// <summary>
    /// The person's name from an RSS author string that also gives an e-mail address — "Name &lt;me@x.org&gt;",
    /// "Name (me@x.org)", "me@x.org (Name)" — as the byline to show; other strings as they are.
    /// </summary>
    public static string AuthorName(string author)
    {
        var m = AuthorWithEmail().Match(author);
        if (!m.Success) m = EmailWithAuthor().Match(author);
        return m.Success ? m.Groups["name"].Value.Trim() : author;
    }

    public static long? ParseLength(string? value) => long.TryParse(value?.Trim(), out var length) && length >= 0 ? length : null;

    private static bool IsFeedNamespace(XNamespace ns) =>
        ns == XNamespace.None || ns.NamespaceName is "http://purl.org/rss/1.0/" or "http://my.netscape.com/rdf/simple/0.9/" or "http://backend.userland.com/rss2" or "http://blogs.law.harvard.edu/tech/rss";

    [GeneratedRegex("""(?<a>\b(?:href|src))\s*=\s*(?<q>["'])(?<v>[^"'<>]*)\k<q>""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"^(?<name>[^<>()@]*[^\s<>()@][^<>()@]*?)\s*[<(]\s*[^\s<>()]+@[^\s<>()]+\s*[>)]$")]
    private static partial Regex AuthorWithEmail();

    [GeneratedRegex(@"^[^\s<>()]+@[^\s<>()]+\s*\((?<name>[^()]*[^\s()][^()]*)\)$")]
    private static partial Regex EmailWithAuthor();

    // ASCII whitespace only: a no-break space in a title is meant.
    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Whitespace();
}
