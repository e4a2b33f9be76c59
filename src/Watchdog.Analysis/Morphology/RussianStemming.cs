namespace Watchdog.Analysis.Morphology;

/// <summary>
/// The Russian key of a word: Snowball, then one correction for stems that end in -ов/-ев (-ёв after
/// ё → е). Snowball reads a final -ов/-ев as the genitive plural ending and strips it from a word that ends
/// there (Назарбаев → назарба, Иванов → иван, Киев → ки, основ → осн) but keeps it once another ending
/// follows (Назарбаеву, Иванова, Киеве, основа → назарбаев, иванов, киев, основ), so a surname, a place or
/// a noun of this shape never met its own nominative. Such a stem is stemmed once more, exactly as Snowball
/// stems the word that ends in -ов/-ев, so every form gets the nominative's key. -ин/-ын surnames (Путин,
/// Путина, Путиным → путин) and nouns (машина, магазин) need nothing: Snowball has no -ин ending.
/// </summary>
internal static class RussianStemming
{
    /// <summary>
    /// Verb endings that Snowball removes after an -ов- stem (установить, установил, установит, установят,
    /// установив, готовя): verbs in -овить are not built on a noun in -ов, and stemming them again would
    /// merge восстановить with восстание and становиться with стан.
    /// </summary>
    private static readonly string[] VerbEndingStarts = ["ил", "ит", "ишь", "ив", "им", "ят", "я", "ю"];

    public static string Stem(string word)
    {
        var stem = SnowballStemming.Russian(word);
        return EndsInPossessiveSuffix(stem) && !IsZeroEndingSoftForm(word) && !IsVerbForm(word, stem)
            ? SnowballStemming.Russian(stem)
            : stem;
    }

    // Snowball's own rule decides what may go: it strips an ending only after the first vowel, so a
    // stem without a vowel before -ов (слов, кров, Львов) comes back unchanged from the second pass.
    private static bool EndsInPossessiveSuffix(string stem) =>
        stem.EndsWith("ов", StringComparison.Ordinal) || stem.EndsWith("ев", StringComparison.Ordinal);

    // Соловьёв is already the zero-ending form: Snowball strips -ев and the soft sign (солов), and a
    // second pass would eat the root's own -ов (сол, the key of соль). Its other forms (Соловьёва →
    // соловьев → солов) reach the same key through the second pass.
    private static bool IsZeroEndingSoftForm(string word) => word.EndsWith("ьев", StringComparison.Ordinal);

    private static bool IsVerbForm(string word, string stem)
    {
        if (word.Length <= stem.Length || !word.StartsWith(stem, StringComparison.Ordinal)) return false;
        var ending = word.AsSpan(stem.Length);
        foreach (var start in VerbEndingStarts)
        {
            if (ending.StartsWith(start, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
