namespace Watchdog.Analysis.Morphology;

/// <summary>Removes the English possessive, as Lucene's EnglishPossessiveFilter does: Nazarbayev's → Nazarbayev, banks' → banks.</summary>
public static class EnglishPossessive
{
    public static string Strip(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) && word.Length > 2) return word[..^2];
        if (word.EndsWith("s'", StringComparison.Ordinal) && word.Length > 2) return word[..^1];
        return word;
    }
}
