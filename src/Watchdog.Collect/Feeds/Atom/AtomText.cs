using System.Xml.Linq;

namespace Watchdog.Collect.Feeds.Atom;

/// <summary>An Atom text construct: its value (markup kept for html/xhtml) and whether that value is markup.</summary>
internal sealed record AtomText(string Value, bool IsMarkup)
{
    public static AtomText? Read(XElement element)
    {
        var type = ((string?)element.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant(); // Atom 0.3
        var isAtom10 = element.Name.Namespace == FeedXml.Atom;
        if (type is "xhtml" or "application/xhtml+xml" || mode == "xml" || (mode is null && element.HasElements))
        {
            // Atom 1.0's xhtml content is the children of one wrapping div (RFC 4287 §3.1.1.3); the div itself is not.
            // Atom 0.3 has no such wrapper: inline XML (declared or not) is the content as written, a div included.
            var container = isAtom10 && type == "xhtml"
                ? element.Elements().SingleOrDefault(e => e.Name == FeedXml.Xhtml + "div" || e.Name.LocalName == "div") ?? element
                : element;
            var inner = FeedXml.InnerMarkup(container);
            return inner.Length == 0 ? null : new AtomText(inner, IsMarkup: true);
        }
        var value = element.Value.Trim();
        if (value.Length == 0) return null;
        // Atom 1.0 base64-encodes any type that is not text or XML (RFC 4287 §4.1.3.3); Atom 0.3 says so with mode.
        var isBase64 = mode == "base64" || (mode is null && type.Contains('/', StringComparison.Ordinal) && !IsTextOrXml(type));
        if (isBase64)
        {
            var decoded = DecodeBase64Text(value);
            if (decoded is null) return null; // binary content has no text to offer
            // Encoded text carries no type of its own that says "markup"; decoded HTML is read (and sanitised) as HTML.
            return new AtomText(decoded, IsMarkup: type is "html" or "text/html" || HtmlGuess.LooksLikeHtml(decoded));
        }
        return new AtomText(value, IsMarkup: type is "html" or "text/html" || mode == "escaped");
    }

    private static bool IsTextOrXml(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("/xml", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal);

    /// <returns>The decoded text, or null when the value is not base64 of UTF-8 text.</returns>
    private static string? DecodeBase64Text(string value)
    {
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value, buffer, out var length)) return null;
        var bytes = buffer.AsSpan(0, length);
        return System.Text.Unicode.Utf8.IsValid(bytes) ? System.Text.Encoding.UTF8.GetString(bytes).Trim() : null;
    }

    /// <summary>Titles are shown as plain text: markup stripped and entities decoded.</summary>
    public static string? AsPlainText(AtomText? text) =>
        text is null ? null : text.IsMarkup ? FeedXml.PlainText(text.Value) : FeedXml.CollapseWhitespace(text.Value);
}
