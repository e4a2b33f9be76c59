namespace Watchdog.Analysis.Tones;

/// <summary>
/// Cuts a text into sentences for tone: after '.', '!', '?' or '…' (and any closing quotes or brackets) followed by a
/// space and a capital letter, digit or opening quote, and at every line break. Good enough to weigh an article's
/// sentences; abbreviations such as "т. е." or "U.S. President" may cut one sentence in two, which matters little
/// when sentences are only counted.
/// </summary>
public static class SentenceSplitter
{
    private const string Terminators = ".!?…";
    private const string Closers = "\"'»”’)]";
    private const string Openers = "\"'«“„‘([—-";

    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int end;
            if (c is '\n' or '\r') end = i;
            else if (Terminators.Contains(c, StringComparison.Ordinal))
            {
                end = i + 1;
                while (end < text.Length && (Terminators.Contains(text[end], StringComparison.Ordinal) || Closers.Contains(text[end], StringComparison.Ordinal))) end++;
                if (!StartsSentence(text, end)) continue;
            }
            else continue;
            var sentence = text[start..end].Trim();
            if (sentence.Length > 0) yield return sentence;
            start = end;
            i = end - 1 < i ? i : end - 1;
        }
        var last = text[start..].Trim();
        if (last.Length > 0) yield return last;
    }

    /// <summary>Whether the text after position <paramref name="at"/> is whitespace followed by what can start a sentence.</summary>
    private static bool StartsSentence(string text, int at)
    {
        if (at >= text.Length) return true;
        if (!char.IsWhiteSpace(text[at])) return false;
        var next = at;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length) return true;
        var c = text[next];
        return char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c, StringComparison.Ordinal);
    }
}
