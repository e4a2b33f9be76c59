namespace Watchdog.Extract.Parsing;

/// <summary>
/// Cuts scripts, styles, inline SVG and comments out of the markup before it is parsed. On news pages
/// they are over half of the characters and never article text, and dropping them as raw text is far
/// cheaper than building them into the DOM. JSON-LD scripts are kept: they carry metadata.
/// The cut follows HTML's own rule for these elements: their content ends at the first matching end tag.
/// One departure: an element that is never closed loses only its start tag. A browser would swallow the
/// rest of the page into it; here the page stays readable, and any code left as text is recognised as
/// code when blocks are weighed (<c>Scoring/CodeText</c>).
/// </summary>
public static class MarkupPrefilter
{
    private static readonly string[] RawTextElements = ["script", "style", "svg", "template"];

    public static string Strip(string html)
    {
        // The kept spans are found first and copied once into a string of their total length: a StringBuilder sized
        // from the page was one more large object per page (half the page's characters, freed only by a full collection).
        var kept = new List<Range>();
        var copiedUpTo = 0;
        var position = 0;
        while (true)
        {
            var open = html.IndexOf('<', position);
            if (open < 0 || open + 1 >= html.Length) break;
            var skipTo = CanStartSkippable(html[open + 1]) ? SkipEnd(html, open) : -1;
            if (skipTo < 0)
            {
                position = open + 1;
                continue;
            }
            if (open > copiedUpTo) kept.Add(copiedUpTo..open);
            copiedUpTo = position = skipTo;
        }
        if (copiedUpTo == 0) return html;
        if (copiedUpTo < html.Length) kept.Add(copiedUpTo..html.Length);
        var length = 0;
        foreach (var range in kept) length += range.End.Value - range.Start.Value;
        return string.Create(length, (html, kept), static (output, state) =>
        {
            foreach (var range in state.kept)
            {
                var span = state.html.AsSpan(range);
                span.CopyTo(output);
                output = output[span.Length..];
            }
        });
    }

    // Most '<' open tags that are kept (div, p, a, end tags): one character rules them out before any
    // string comparison. A multi-string vector search would be no faster once warm, and slower at
    // start-up, when its generic code still runs unoptimised.
    private static bool CanStartSkippable(char next) => next is '!' or 's' or 'S' or 't' or 'T';

    /// <returns>Where the skippable construct starting at <paramref name="open"/> ends, or -1 to keep it.</returns>
    private static int SkipEnd(string html, int open)
    {
        if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }
        foreach (var name in RawTextElements)
        {
            if (!StartsWithTag(html, open, name)) continue;
            var tagEnd = html.IndexOf('>', open);
            if (tagEnd < 0) return -1;
            if (name == "script" && IsJsonLd(html.AsSpan(open, tagEnd - open))) return -1;
            var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0) return tagEnd + 1;
            var closeEnd = html.IndexOf('>', close);
            return closeEnd < 0 ? -1 : closeEnd + 1;
        }
        return -1;
    }

    private static bool StartsWithTag(string html, int open, string name)
    {
        var end = open + 1 + name.Length;
        if (end >= html.Length) return false;
        if (string.Compare(html, open + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
        var next = html[end];
        return next == '>' || next == '/' || char.IsWhiteSpace(next);
    }

    private static bool IsJsonLd(ReadOnlySpan<char> openTag) =>
        openTag.Contains("ld+json", StringComparison.OrdinalIgnoreCase);

}
