using System.Text;

namespace Watchdog.Core.Text;

/// <summary>Turns a declared charset label into an encoding, with the aliases real servers send.</summary>
internal static class CharsetNames
{
    static CharsetNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Labels .NET does not know, or that the WHATWG Encoding Standard maps to a superset: browsers decode
    // "iso-8859-1"/"us-ascii" as windows-1252, and pages written for browsers rely on that.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        ["cp1251"] = "windows-1251",
        ["x-cp1251"] = "windows-1251",
        ["win-1251"] = "windows-1251",
        ["win1251"] = "windows-1251",
        ["windows1251"] = "windows-1251",
        ["koi8r"] = "koi8-r",
        ["koi8"] = "koi8-r",
        ["cp1252"] = "windows-1252",
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["latin1"] = "windows-1252",
        ["l1"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252",
    };

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);
    public static Encoding Koi8R => Encoding.GetEncoding(20866);

    /// <returns>The encoding, or null when the label names nothing we can decode.</returns>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(name)) return null;
        if (Aliases.TryGetValue(name, out var alias)) name = alias;
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return Utf8;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static bool IsUtf16Or32(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;
}
