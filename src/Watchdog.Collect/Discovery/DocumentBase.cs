using AngleSharp.Dom;

namespace Watchdog.Collect.Discovery;

/// <summary>The base URL links in a page resolve against: its &lt;base href&gt; when valid, else the page URL.</summary>
internal static class DocumentBase
{
    public static Uri Of(IDocument document, Uri pageUrl)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        return href is not null && Uri.TryCreate(pageUrl, href.Trim(), out var declared) && declared.Scheme is "http" or "https" ? declared : pageUrl;
    }
}
