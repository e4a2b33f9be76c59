using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Watchdog.Collect.Feeds;

/// <summary>
/// Keeps the harmless part of an inline style (feedparser's rules): known presentational properties with plain values,
/// and background/border/margin/padding shorthands made only of keywords, colours and lengths. No url(), no expression(),
/// no positioning that could cover the page.
/// </summary>
internal static partial class CssFilter
{
    private static readonly FrozenSet<string> Properties = FrozenSet.ToFrozenSet(
        ["azimuth", "background-color", "border-bottom-color", "border-collapse", "border-color", "border-left-color", "border-right-color",
         "border-top-color", "clear", "color", "cursor", "direction", "display", "elevation", "float", "font", "font-family", "font-size",
         "font-style", "font-variant", "font-weight", "height", "letter-spacing", "line-height", "overflow", "pause", "pause-after",
         "pause-before", "pitch", "pitch-range", "richness", "speak", "speak-header", "speak-numeral", "speak-punctuation", "speech-rate",
         "stress", "text-align", "text-decoration", "text-indent", "unicode-bidi", "vertical-align", "voice-family", "volume", "white-space",
         "width"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ShorthandFamilies = FrozenSet.ToFrozenSet(["background", "border", "margin", "padding"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
        ["auto", "aqua", "black", "block", "blue", "bold", "both", "bottom", "brown", "center", "collapse", "dashed", "dotted", "fuchsia", "gray",
         "green", "!important", "italic", "left", "lime", "maroon", "medium", "none", "navy", "normal", "nowrap", "olive", "pointer", "purple",
         "red", "right", "solid", "silver", "teal", "top", "transparent", "underline", "white", "yellow"], StringComparer.Ordinal);

    /// <returns>"prop: value; prop: value;" of the declarations kept, or "" when none is.</returns>
    public static string Filter(string style)
    {
        // url(…) is how a style loads anything; the declaration keeps what is left of its value.
        style = Url().Replace(style, " ");
        if (!SafeCharacters().IsMatch(style)) return "";
        var kept = new List<string>();
        foreach (var declaration in style.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var property = declaration[..colon].Trim().ToLowerInvariant();
            var value = declaration[(colon + 1)..].Trim();
            if (value.Length == 0) continue;
            if (Properties.Contains(property)) kept.Add($"{property}: {value};");
            else if (ShorthandFamilies.Contains(property.Split('-')[0])
                     && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(v => Keywords.Contains(v) || ColourOrLength().IsMatch(v)))
                kept.Add($"{property}: {value};");
        }
        return string.Join(' ', kept);
    }

    [GeneratedRegex(@"url\s*\(\s*[^\s)]+?\s*\)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex("""^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$""")]
    private static partial Regex SafeCharacters();

    [GeneratedRegex(@"^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$")]
    private static partial Regex ColourOrLength();
}
