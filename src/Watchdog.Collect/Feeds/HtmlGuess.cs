using System.Net;
using System.Text.RegularExpressions;

namespace Watchdog.Collect.Feeds;

/// <summary>
/// Whether text of no declared type is HTML, for the places a feed leaves it to the reader (base64-encoded text,
/// RSS). feedparser's rule: it has a close tag or an entity, every tag is one the sanitiser has a rule for (so a script makes it HTML, to be sanitised), every named entity
/// is HTML's. Text such as "History of the &lt;blink&gt; tag" or "a &lt; b" stays text.
/// </summary>
internal static partial class HtmlGuess
{
    public static bool LooksLikeHtml(string text)
    {
        if (!CloseTag().IsMatch(text) && !Entity().IsMatch(text)) return false;
        if (TagName().Matches(text).Any(m => !FeedHtmlSanitizer.IsKnownElement(m.Groups["n"].Value.ToLowerInvariant()))) return false;
        return NamedEntity().Matches(text).All(m => WebUtility.HtmlDecode(m.Value) != m.Value);
    }

    [GeneratedRegex(@"</\w+>")]
    private static partial Regex CloseTag();

    [GeneratedRegex(@"&#?\w+;")]
    private static partial Regex Entity();

    [GeneratedRegex(@"</?(?<n>\w+)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"&[a-zA-Z]\w*;")]
    private static partial Regex NamedEntity();
}
