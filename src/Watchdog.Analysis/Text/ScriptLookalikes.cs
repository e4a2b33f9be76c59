namespace Watchdog.Analysis.Text;

/// <summary>
/// Latin and Cyrillic letters that look the same. Text typed on mixed keyboards (common in Kazakh and
/// Ukrainian, where і is often typed as Latin i) mixes them inside one word, which breaks matching.
/// </summary>
public static class ScriptLookalikes
{
    // Pairs are by appearance, so case matters: Latin 'H' looks like Cyrillic 'Н', lower 'h' like Kazakh 'һ'.
    private const string Latin = "AaBCcEeHhIiKkMOoPpTXxYy";
    private const string Cyrillic = "АаВСсЕеНһІіКкМОоРрТХхУу";

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF' or >= '\u0500' and <= '\u052F';

    public static bool IsLatin(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || (c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7');

    /// <summary>The Cyrillic letter that looks like the Latin <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToCyrillic(char c)
    {
        var index = Latin.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? c : Cyrillic[index];
    }

    /// <summary>The Latin letter that looks like the Cyrillic <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToLatin(char c)
    {
        var index = Cyrillic.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? c : Latin[index];
    }

    /// <summary>
    /// Rewrites the minority-script look-alike letters of a word into its majority script
    /// (Cyrillic on a tie, the project's main script). Words in one script come back unchanged.
    /// </summary>
    public static string UnifyScript(string word)
    {
        int cyrillic = 0, latin = 0;
        foreach (var c in word)
        {
            if (IsCyrillic(c)) cyrillic++;
            else if (IsLatin(c)) latin++;
        }
        if (cyrillic == 0 || latin == 0) return word;
        var toCyrillic = cyrillic >= latin;
        return string.Create(word.Length, (word, toCyrillic), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.word[i];
                span[i] = state.toCyrillic ? ToCyrillic(c) : ToLatin(c);
            }
        });
    }
}
