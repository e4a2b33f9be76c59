using System.Text;

namespace Watchdog.Core.Text;

/// <summary>
/// Guesses the single-byte charset of text that is not valid UTF-8: windows-1251, KOI8-R or windows-1252.
/// </summary>
internal static class LegacyCharsetSniffer
{
    // The ten most frequent Russian letters (о е а и н т с р в л) make up over half of running Russian text.
    // Decoded with the wrong Cyrillic table, the same bytes come out as capitals or rare letters, so the
    // table that yields the most of these letters is the right one.
    private const string FrequentRussianLetters = "оеаинтсрвл";

    /// <summary>
    /// Cyrillic words are runs of high bytes; Western European text has isolated accented letters between
    /// ASCII letters. When high-high byte pairs outnumber high-ASCII-letter pairs by this factor or more,
    /// the text is taken for Cyrillic.
    /// </summary>
    private const double CyrillicRunRatio = 1.0;

    public static Encoding Guess(ReadOnlySpan<byte> body)
    {
        if (!LooksCyrillic(body)) return CharsetNames.Windows1252;
        var cp1251 = CountFrequentLetters(CharsetNames.Windows1251.GetString(body));
        var koi8 = CountFrequentLetters(CharsetNames.Koi8R.GetString(body));
        return koi8 > cp1251 ? CharsetNames.Koi8R : CharsetNames.Windows1251;
    }

    private static bool LooksCyrillic(ReadOnlySpan<byte> body)
    {
        long highHigh = 0, highAscii = 0;
        for (var i = 1; i < body.Length; i++)
        {
            bool prevHigh = body[i - 1] >= 0x80, curHigh = body[i] >= 0x80;
            if (prevHigh && curHigh) highHigh++;
            else if ((prevHigh && IsAsciiLetter(body[i])) || (curHigh && IsAsciiLetter(body[i - 1]))) highAscii++;
        }
        return highHigh > 0 && highHigh >= highAscii * CyrillicRunRatio;
    }

    private static bool IsAsciiLetter(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z';

    private static int CountFrequentLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (FrequentRussianLetters.Contains(c, StringComparison.Ordinal)) count++;
        }
        return count;
    }
}
