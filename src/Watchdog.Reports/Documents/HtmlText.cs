namespace Watchdog.Reports.Documents;

/// <summary>Escaping of untrusted text (crawled titles, source names, queries) for HTML text and attributes.</summary>
public static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " and ', which is enough for both element text and quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        return text
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
    }

    /// <summary>
    /// The URL escaped for an href when it is an absolute http(s) URL; null otherwise, so that a crawled
    /// "javascript:" or "data:" link is shown as text and never becomes clickable.
    /// </summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? Escape(uri.AbsoluteUri)
            : null;

    /// <summary>A link to the URL with the given (unescaped) text, or the text alone when the URL is not safe to link.</summary>
    public static string Link(string text, string? url) =>
        SafeHref(url) is { } href ? $"<a href=\"{href}\">{Escape(text)}</a>" : Escape(text);
}
