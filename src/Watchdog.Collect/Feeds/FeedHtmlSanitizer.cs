using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Watchdog.Collect.Feeds;

/// <summary>
/// Makes feed HTML (summaries, content) safe to show: an allow-list of elements and attributes, modelled on
/// feedparser's sanitiser. Scripts, styles, meta refresh, frames' own documents, embeds and objects are removed;
/// unknown elements (blink, iframe…) are unwrapped, keeping their text; event handlers, unknown attributes and URLs
/// other than http(s), ftp and mailto go; relative URLs are resolved against the base in force. Markup with nothing to
/// remove is returned as written (links resolved), so harmless feeds keep their exact text.
/// </summary>
internal static partial class FeedHtmlSanitizer
{
    /// <summary>Removed with everything inside them: code, styling, document-level and plugin elements.</summary>
    private static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(
        ["script", "style", "meta", "link", "base", "title", "head", "template", "embed", "param", "frame", "frameset",
         "form", "input", "button", "select", "textarea", "option", "optgroup", "keygen", "svg", "math"], StringComparer.Ordinal);

    /// <summary>Elements whose content the HTML parser keeps as raw text: unwrapped, their text is read again as markup.</summary>
    private static readonly FrozenSet<string> RawTextContainers = FrozenSet.ToFrozenSet(["iframe", "noscript", "noembed", "noframes", "xmp"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AllowedElements = FrozenSet.ToFrozenSet(
        ["a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br", "caption", "center", "cite", "code",
         "col", "colgroup", "dd", "del", "details", "dfn", "dir", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3",
         "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "label", "legend", "li", "map", "mark", "menu", "nav", "ol", "p", "pre", "q",
         "s", "samp", "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
         "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> VoidElements = FrozenSet.ToFrozenSet(["area", "br", "col", "hr", "img", "source", "wbr"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AllowedAttributes = FrozenSet.ToFrozenSet(
        ["abbr", "align", "alt", "axis", "bgcolor", "border", "cellpadding", "cellspacing", "char", "charoff", "cite", "class", "clear", "color",
         "cols", "colspan", "compact", "controls", "coords", "datetime", "dir", "face", "headers", "height", "href", "hreflang", "hspace", "id",
         "lang", "longdesc", "loop", "name", "noshade", "nowrap", "poster", "rel", "rev", "rows", "rowspan", "rules", "scope", "shape", "size",
         "span", "src", "start", "style", "summary", "title", "type", "valign", "vspace", "width", "xml:lang"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> UrlAttributes = FrozenSet.ToFrozenSet(["href", "src", "cite", "longdesc", "poster"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SafeSchemes = FrozenSet.ToFrozenSet(["http", "https", "ftp", "mailto"], StringComparer.Ordinal);

    private static readonly HtmlParser Parser = new();

    /// <summary>Whether the sanitiser has a rule for an element of this (lower-case) name: kept, dropped or unwrapped.</summary>
    public static bool IsKnownElement(string name) => AllowedElements.Contains(name) || DroppedWithContent.Contains(name) || RawTextContainers.Contains(name);

    /// <returns>The safe markup; null when nothing is left.</returns>
    public static string? Sanitize(string? html, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        if (!html.Contains('<', StringComparison.Ordinal)) return html;
        var output = new StringBuilder(html.Length);
        var changed = false;
        var nodes = Parse(html);
        WriteNodes(nodes, output, baseUri, ref changed);
        // Tags the HTML parser ignored in this context (frameset, frame, html, body) are not in the tree: the text as written
        // would still hold them, so it is kept only when every start tag in it became an element.
        if (!changed && StartTag().Count(html) == nodes.Sum(CountElements)) return FeedXml.ResolveLinksInHtml(html, baseUri);
        var safe = output.ToString().Trim();
        return safe.Length == 0 ? null : safe;
    }

    /// <summary>
    /// Plain text (an Atom text construct, a JSON Feed summary) as HTML, because summaries and content are markup to every
    /// consumer: a "text" summary that reads "&lt;script&gt;" must stay text, never become a script.
    /// </summary>
    public static string? FromPlainText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : text.AsSpan().IndexOfAny('<', '>', '&') < 0 ? text
        : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The text a reader sees: markup, scripts and styles removed, entities decoded, whitespace collapsed.</summary>
    public static string? PlainText(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup)) return null;
        if (!markup.Contains('<', StringComparison.Ordinal)) return FeedXml.CollapseWhitespace(WebUtility.HtmlDecode(markup)) is { Length: > 0 } t ? t : null;
        var text = new StringBuilder(markup.Length);
        WriteText(Parse(markup), text);
        var collapsed = FeedXml.CollapseWhitespace(text.ToString());
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static int CountElements(INode node) => (node is IElement ? 1 : 0) + node.ChildNodes.Sum(CountElements);

    [GeneratedRegex("<[a-zA-Z]")]
    private static partial Regex StartTag();

    private static INodeList Parse(string html)
    {
        var document = Parser.ParseDocument(string.Empty);
        return Parser.ParseFragment(html, document.Body!);
    }

    private static void WriteText(IEnumerable<INode> nodes, StringBuilder text)
    {
        foreach (var node in nodes)
        {
            if (node is IText t) text.Append(t.Data);
            else if (node is IElement e && !DroppedWithContent.Contains(e.LocalName))
            {
                if (RawTextContainers.Contains(e.LocalName)) WriteText(Parse(e.TextContent), text);
                else WriteText(e.ChildNodes, text);
                if (e.LocalName is "br" or "p" or "div" or "li") text.Append(' ');
            }
        }
    }

    private static void WriteNodes(IEnumerable<INode> nodes, StringBuilder output, Uri? baseUri, ref bool changed)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IText text:
                    output.Append(WebUtility.HtmlEncode(text.Data).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal));
                    break;
                case IElement element:
                    WriteElement(element, output, baseUri, ref changed);
                    break;
                default:
                    changed = true; // comments, processing instructions: nothing a reader sees
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, StringBuilder output, Uri? baseUri, ref bool changed)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name))
        {
            changed = true;
            return;
        }
        if (RawTextContainers.Contains(name))
        {
            changed = true;
            WriteNodes(Parse(element.TextContent), output, baseUri, ref changed);
            return;
        }
        if (!AllowedElements.Contains(name))
        {
            changed = true;
            WriteNodes(element.ChildNodes, output, baseUri, ref changed);
            return;
        }
        output.Append('<').Append(name);
        foreach (var attribute in element.Attributes)
        {
            if (SafeAttributeValue(attribute.Name, attribute.Value, baseUri) is not { } value)
            {
                changed = true;
                continue;
            }
            if (value != attribute.Value) changed = true;
            output.Append(' ').Append(attribute.Name).Append("=\"").Append(WebUtility.HtmlEncode(value).Replace("&#39;", "'", StringComparison.Ordinal)).Append('"');
        }
        if (VoidElements.Contains(name))
        {
            output.Append(" />");
            return;
        }
        output.Append('>');
        WriteNodes(element.ChildNodes, output, baseUri, ref changed);
        output.Append("</").Append(name).Append('>');
    }

    /// <returns>The value to keep (a URL made absolute, a style filtered), or null to drop the attribute.</returns>
    private static string? SafeAttributeValue(string name, string value, Uri? baseUri)
    {
        if (!AllowedAttributes.Contains(name)) return null;
        if (name == "style") return CssFilter.Filter(value) is { Length: > 0 } css ? css : null;
        if (!UrlAttributes.Contains(name)) return value;
        var trimmed = value.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !absolute.IsFile) return SafeSchemes.Contains(absolute.Scheme) ? trimmed : null;
        // A scheme the URI parser did not take ("javascript :", "jav&#x09;ascript:") is still a scheme: refuse anything with a colon before the path.
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && (trimmed.IndexOfAny(['/', '?', '#']) is var cut && (cut < 0 || colon < cut))) return null;
        return FeedXml.Resolve(baseUri, trimmed)?.AbsoluteUri ?? trimmed;
    }
}
