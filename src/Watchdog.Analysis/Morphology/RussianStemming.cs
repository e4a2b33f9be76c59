namespace Watchdog.Analysis.Morphology;

/// <summary>
/// The Russian key of a word: Snowball, told whether the word is name-like (written capitalised).
/// <para>
/// Snowball reads a final -ов/-ев as the genitive plural ending and strips it from a word that ends there
/// (Назарбаев → назарба, Иванов → иван, банков → банк) but keeps it once another ending follows (Назарбаеву,
/// Иванова → назарбаев, иванов). For a lower-case word that is right: банков, городов are plurals of банк, город.
/// For a capitalised word it is wrong twice: the surname's nominative misses its own inflections, and Иванов meets
/// Иван. So a capitalised word in -ов/-ев keeps the suffix as its key (Иванов, Иванову, Ивановым → иванов; Киев,
/// Киеве → киев), and every other word gets Snowball's key.
/// </para>
/// <para>
/// An earlier rule stemmed such stems a second time for every word; that joined the surname to the first name and
/// the -овой/-евой adjective to an unrelated root (мировой → мир, деловой → дело, голова → гол). Lower-case nouns
/// whose nominative ends in -ов (остров, улов) now miss their other forms (острова → остров, остров → остр): rarer
/// in news than the adjectives, and counted in bench/results/conflation.json.
/// </para>
/// </summary>
internal static class RussianStemming
{
    public static string Stem(string word) => SnowballStemming.Russian(word);

    /// <param name="word">A lower-case word that was written with an upper-case first letter.</param>
    public static string StemCapitalised(string word) => KeepsSuffixWhenCapitalised(word) ? word : SnowballStemming.Russian(word);

    /// <summary>Whether the word, capitalised, keeps its -ов/-ев (its key then differs from the lower-case word's).</summary>
    /// <remarks>
    /// Snowball strips nothing before the first vowel (Львов, Ковров keep their key either way), and a capitalised
    /// word in -ов/-ев is a surname or place in the nominative far more often than a sentence-initial plural.
    /// </remarks>
    public static bool KeepsSuffixWhenCapitalised(string word) =>
        word.Length > 3 && (word.EndsWith("ов", StringComparison.Ordinal) || word.EndsWith("ев", StringComparison.Ordinal));
}
