using System.Text;

namespace Watchdog.Extract.Parsing;

/// <summary>
/// Flattens pathologically deep markup before parsing. The HTML tree builder checks the stack of open
/// elements for every tag, so tens of thousands of nested elements cost quadratic time; browsers cap
/// the depth for the same reason (Chromium at 512) and so do we: start tags beyond the cap, and their
/// end tags, are dropped, which leaves their content in the deepest allowed element.
/// </summary>
public static class NestingLimiter
{
    /// <summary>Deeper than any real page (news pages nest 15–40 levels), shallow enough to keep parsing linear.</summary>
    public const int MaxDepth = 512;

    // Elements whose end tags are commonly left out, or that never have content: counting them would
    // make an ordinary list of unclosed <li>s look deep.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedByName = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Limit(string html)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var depth = 0;
        var position = 0;
        while (true)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 2 >= html.Length) break;
            var end = html.IndexOf('>', open);
            if (end < 0) break;
            position = end + 1;
            var closing = html[open + 1] == '/';
            var name = TagName(html, closing ? open + 2 : open + 1);
            if (name.IsEmpty || UncountedByName.Contains(name) || html[end - 1] == '/') continue;
            var dropped = closing ? depth-- > MaxDepth : ++depth > MaxDepth;
            if (depth < 0) depth = 0;
            if (!dropped) continue;
            output ??= new StringBuilder(html.Length);
            output.Append(html, copiedUpTo, open - copiedUpTo);
            copiedUpTo = end + 1;
        }
        if (output is null) return html;
        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    private static ReadOnlySpan<char> TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
        return end == start || !char.IsAsciiLetter(html[start]) ? [] : html.AsSpan(start, end - start);
    }
}
