using System.Net.Http.Headers;
using System.Text;

namespace Watchdog.Core.Text;

/// <summary>
/// Decodes a fetched body to text. The charset is taken from, in order:
/// 1. a byte-order mark;
/// 2. the charset parameter of the HTTP Content-Type;
/// 3. an XML declaration or HTML &lt;meta&gt; in the first bytes of the document;
/// 4. sniffing: valid UTF-8 is UTF-8, otherwise byte statistics choose windows-1251, KOI8-R or windows-1252.
/// A declared name that is not a known encoding is skipped (and reported in <see cref="DecodedText.IgnoredCharset"/>).
/// </summary>
public static class CharsetDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        // 1. BOM
        var bom = DetectBom(body);
        if (bom is { } found) return Make(body[found.Length..], found.Encoding, CharsetSource.Bom, ignored: null);

        // XML in UTF-16 without a BOM shows itself by the zero bytes around "<?" (XML 1.0 Appendix F).
        if (body.StartsWith((ReadOnlySpan<byte>)[0x3C, 0x00, 0x3F, 0x00])) return Make(body, Encoding.Unicode, CharsetSource.XmlDeclaration, ignored: null);
        if (body.StartsWith((ReadOnlySpan<byte>)[0x00, 0x3C, 0x00, 0x3F])) return Make(body, Encoding.BigEndianUnicode, CharsetSource.XmlDeclaration, ignored: null);

        // 2. HTTP header
        string? ignored = null;
        var headerLabel = CharsetFromContentType(contentType);
        if (headerLabel is not null)
        {
            var encoding = CharsetNames.Resolve(headerLabel);
            if (encoding is not null) return Make(body, encoding, CharsetSource.Header, ignored);
            ignored = headerLabel;
        }

        // 3. in-document declaration
        if (CharsetPrescan.Find(body) is { } declared)
        {
            var encoding = CharsetNames.Resolve(declared.Label);
            // A UTF-16 declaration read through an ASCII-compatible prescan is false (the HTML standard says use UTF-8).
            if (encoding is not null && CharsetNames.IsUtf16Or32(encoding)) encoding = CharsetNames.Utf8;
            if (encoding is not null) return Make(body, encoding, declared.Source, ignored);
            ignored ??= declared.Label;
        }

        // 4. sniffing
        if (IsAscii(body)) return Make(body, CharsetNames.Utf8, CharsetSource.Default, ignored);
        if (IsValidUtf8(body)) return Make(body, CharsetNames.Utf8, CharsetSource.Sniffed, ignored);
        return Make(body, LegacyCharsetSniffer.Guess(body), CharsetSource.Sniffed, ignored);
    }

    /// <summary>The charset parameter of a Content-Type value, or null when absent or unparsable.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return null;
        var charset = parsed.CharSet?.Trim().Trim('"', '\'');
        return string.IsNullOrEmpty(charset) ? null : charset;
    }

    private static DecodedText Make(ReadOnlySpan<byte> bytes, Encoding encoding, string source, string? ignored) =>
        new(encoding.GetString(bytes), encoding.WebName, source) { IgnoredCharset = ignored };

    private static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (CharsetNames.Utf8, 3);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return (Encoding.UTF32, 4);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, 2);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, 2);
        return null;
    }

    private static bool IsAscii(ReadOnlySpan<byte> body) => Ascii.IsValid(body);

    private static bool IsValidUtf8(ReadOnlySpan<byte> body) => System.Text.Unicode.Utf8.IsValid(body);
}
