using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Watchdog.Collect.Social;

/// <summary>Plain text, links and counts out of the markup platforms put in posts.</summary>
public static partial class SocialText
{
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>Elements that start a new line of text; everything else runs on inline.</summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "dd", "dt",
    };

    /// <summary>Markup that is never the text of a post: scripts, styles, and quotes of other posts get their own line but stay.</summary>
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    public static IDocument ParseDocument(string html) => Parser.Value!.ParseDocument(html);

    /// <summary>The text of an HTML fragment, one line per block, and the http(s) links in it resolved against <paramref name="baseUrl"/>.</summary>
    /// <param name="leaveOut">Elements whose text is not the post's own (quotes of other posts), as a CSS selector.</param>
    public static (string Text, IReadOnlyList<Uri> Links) FromHtml(string? html, Uri? baseUrl, string? leaveOut = null)
    {
        if (string.IsNullOrWhiteSpace(html)) return ("", []);
        var body = Parser.Value!.ParseDocument($"<body>{html}</body>").Body!;
        if (leaveOut is not null)
            foreach (var element in body.QuerySelectorAll(leaveOut).ToList()) element.Remove();
        return (TextOf(body), LinksOf(body, baseUrl));
    }

    /// <summary>An element's text: &lt;br&gt; and blocks become line breaks, runs of spaces one space.</summary>
    public static string TextOf(IElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        var lines = text.ToString().Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    public static IReadOnlyList<Uri> LinksOf(IElement element, Uri? baseUrl) =>
        element.QuerySelectorAll("a[href]")
            .Select(a => Resolve(baseUrl, a.GetAttribute("href")))
            .OfType<Uri>()
            .Distinct()
            .ToList();

    /// <summary>An absolute http(s) URL from an href, or null (javascript:, mailto:, relative without a base).</summary>
    public static Uri? Resolve(Uri? baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        Uri? url;
        if (baseUrl is null) Uri.TryCreate(href, UriKind.Absolute, out url);
        else Uri.TryCreate(baseUrl, href, out url);
        return url is { Scheme: "http" or "https" } ? url : null;
    }

    /// <summary>
    /// A count as platforms print it: "1,234", "12 345", "1.2K", "3,4M", "15 тыс." → 1234, 12345, 1200, 3400000, 15000.
    /// </summary>
    public static long? ParseCount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = CountPattern().Match(text);
        if (!match.Success) return null;
        var number = match.Groups["n"].Value.Replace('\u00a0', ' ').Replace(" ", "", StringComparison.Ordinal);
        var suffix = match.Groups["s"].Value.ToLowerInvariant();
        var multiplier = suffix switch
        {
            "k" or "к" or "тыс" or "тыс." => 1_000,
            "m" or "м" or "млн" or "млн." => 1_000_000,
            "b" or "млрд" or "млрд." => 1_000_000_000,
            _ => 1,
        };
        // With a multiplier a separator is a decimal point ("1.2K", "3,4M"); without one it groups thousands ("1,234").
        if (multiplier > 1) number = number.Replace(',', '.');
        else number = number.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? (long)Math.Round(value * multiplier) : null;
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) text.Append(t.Data.Replace('\n', ' '));
            else if (child is IElement e)
            {
                if (SkippedElements.Contains(e.LocalName)) continue;
                if (e.LocalName == "br") { text.Append('\n'); continue; }
                var block = BlockElements.Contains(e.LocalName);
                if (block) text.Append('\n');
                Append(e, text);
                if (block) text.Append('\n');
            }
        }
    }

    [GeneratedRegex(@"[ \t\r\f\v\u00a0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"(?<n>\d[\d\s\u00a0.,]*)\s*(?<s>тыс\.?|млн\.?|млрд\.?|[KkMmBbКкМм](?![a-zа-я]))?", RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();
}
