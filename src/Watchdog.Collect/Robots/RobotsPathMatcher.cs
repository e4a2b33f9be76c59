using System.Globalization;
using System.Text;

namespace Watchdog.Collect.Robots;

/// <summary>Normalises paths and patterns to one percent-encoding and matches a pattern (with * and $) against a path.</summary>
internal static class RobotsPathMatcher
{
    private const string Unreserved = "-._~";

    /// <summary>
    /// Percent-encodes non-ASCII and control characters as UTF-8, upper-cases hex digits and decodes escapes of
    /// unreserved characters, so "/a%7eb", "/a~b" and "/a%7Eb" compare equal (RFC 9309 §2.2.2, RFC 3986 §6.2.2).
    /// </summary>
    public static string Normalise(string pathOrPattern)
    {
        var sb = new StringBuilder(pathOrPattern.Length);
        for (var i = 0; i < pathOrPattern.Length; i++)
        {
            var c = pathOrPattern[i];
            if (c == '%' && i + 2 < pathOrPattern.Length && Uri.IsHexDigit(pathOrPattern[i + 1]) && Uri.IsHexDigit(pathOrPattern[i + 2]))
            {
                var decoded = (char)Convert.ToInt32(pathOrPattern.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(decoded) || Unreserved.Contains(decoded, StringComparison.Ordinal)) sb.Append(decoded);
                else sb.Append('%').Append(char.ToUpperInvariant(pathOrPattern[i + 1])).Append(char.ToUpperInvariant(pathOrPattern[i + 2]));
                i += 2;
            }
            else if (c > 0x7E || c < 0x21)
            {
                var end = char.IsHighSurrogate(c) && i + 1 < pathOrPattern.Length ? i + 2 : i + 1;
                foreach (var b in Encoding.UTF8.GetBytes(pathOrPattern[i..end])) sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                i = end - 1;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="pattern"/> matches a prefix of <paramref name="path"/> (the whole of it when the pattern ends in $).</summary>
    public static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        // Classic wildcard matching with backtracking to the last star: linear for patterns with one star, and
        // robots patterns rarely have more.
        int p = 0, s = 0, starP = -1, starS = 0;
        while (true)
        {
            if (p == pattern.Length && (!anchored || s == path.Length)) return true;
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starS = s;
            }
            else if (p < pattern.Length && s < path.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (starP >= 0 && starS < path.Length)
            {
                p = starP + 1;
                s = ++starS;
            }
            else
            {
                return false;
            }
        }
    }
}
