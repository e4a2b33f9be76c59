using System.Text;
using System.Text.RegularExpressions;

namespace Watchdog.Core.Text;

/// <summary>Finds a charset declared inside the document: an XML declaration or an HTML &lt;meta&gt;.</summary>
internal static partial class CharsetPrescan
{
    // The HTML standard prescans the first 1024 bytes; real pages put long <head> scripts first, so we look further.
    public const int PrescanBytes = 4096;

    public static (string Label, string Source)? Find(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps every byte to one char, so offsets stay aligned and no byte is lost.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success) return (xml.Groups["cs"].Value, CharsetSource.XmlDeclaration);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = MetaCharset().Match(meta.Value);
            if (charset.Success) return (charset.Groups["cs"].Value, CharsetSource.Meta);
        }
        return null;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?\bencoding\s*=\s*["'](?<cs>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""\bcharset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
