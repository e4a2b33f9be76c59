using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Watchdog.Collect.Feeds;

/// <summary>
/// Repairs the most common ways real feeds break XML, before a second, lenient read: HTML entities XML does not
/// define (&amp;nbsp;), bare ampersands, and control characters XML forbids.
/// </summary>
internal static partial class XmlSanitiser
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Sanitise(string text)
    {
        var withoutControls = RemoveIllegalCharacters(text);
        return EntityOrAmpersand().Replace(withoutControls, match =>
        {
            if (!match.Groups["name"].Success) return "&amp;"; // a bare '&' that starts no entity
            var name = match.Groups["name"].Value;
            if (name.StartsWith('#') || XmlEntities.Contains(name)) return match.Value;
            var decoded = WebUtility.HtmlDecode(match.Value);
            // Unknown name: keep it visible as text rather than lose it.
            return decoded == match.Value ? "&amp;" + name + ";" : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
        });
    }

    private static string RemoveIllegalCharacters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var legal = v is 0x9 or 0xA or 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000;
            if (legal) sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"&(?:(?<name>#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)?")]
    private static partial Regex EntityOrAmpersand();
}
