namespace Watchdog.Core.Text;

/// <summary>A body decoded to text, with the charset used and where that choice came from.</summary>
/// <param name="Charset">The WebName of the encoding used, e.g. "utf-8", "windows-1251", "koi8-r".</param>
/// <param name="DetectedFrom">One of the <see cref="CharsetSource"/> values.</param>
public sealed record DecodedText(string Text, string Charset, string DetectedFrom)
{
    /// <summary>A charset name the body or header declared but which is not a known encoding, so it was ignored.</summary>
    public string? IgnoredCharset { get; init; }
}

/// <summary>Where <see cref="CharsetDecoder"/> found the charset, in the order it looks.</summary>
public static class CharsetSource
{
    public const string Bom = "bom";
    public const string Header = "header";
    public const string Meta = "meta";
    public const string XmlDeclaration = "xml-declaration";
    public const string Sniffed = "sniffed";
    /// <summary>Nothing declared and nothing to sniff (empty or pure ASCII): UTF-8.</summary>
    public const string Default = "default";
}
