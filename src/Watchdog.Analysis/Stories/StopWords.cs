using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Util;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Stories;

/// <summary>
/// Function words, which say nothing about what a story is about. Document frequency alone cannot discount them
/// in a small or young store (a few dozen articles), where "the" or "и" is as rare as any topic word: two unrelated
/// articles then looked alike through them, and story labels read "the, court, two".
/// </summary>
public static class StopWords
{
    /// <summary>Lucene's English list is 33 words; these are the other frequent function words of news text.</summary>
    private static readonly string[] MoreEnglish =
    [
        "about", "after", "again", "against", "all", "also", "am", "any", "because", "been", "before", "being", "between",
        "both", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "its", "just", "last", "may", "me",
        "more", "most", "much", "must", "my", "new", "now", "off", "once", "one", "only", "other", "our", "out", "over",
        "own", "said", "same", "says", "she", "should", "so", "some", "than", "them", "those", "three", "through", "too",
        "two", "under", "until", "up", "us", "very", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "would", "year", "years", "you", "your",
    ];

    /// <summary>Kazakh conjunctions, postpositions, pronouns and auxiliaries (Lucene has no Kazakh list).</summary>
    private static readonly string[] Kazakh =
    [
        "және", "мен", "бен", "пен", "да", "де", "та", "те", "ал", "бірақ", "немесе", "яғни", "әрі", "не", "ма", "ме",
        "ба", "бе", "па", "пе", "бұл", "осы", "сол", "ол", "олар", "біз", "сіз", "өз", "өзі", "оның", "оны", "оған",
        "үшін", "туралы", "бойынша", "арқылы", "кейін", "дейін", "бері", "сияқты", "қарай", "деп", "деді", "дейді",
        "еді", "екен", "болды", "болып", "болған", "болады", "емес", "жоқ", "бар", "әр", "барлық", "бір", "екі", "үш",
        "жыл", "жылы", "жылғы", "тағы", "енді", "қазір", "сондай", "мұнда", "онда", "кезде", "ғана", "ең", "өте",
    ];

    private static readonly Dictionary<string, HashSet<string>> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = Normalized([.. EnglishAnalyzer.DefaultStopSet.Select(Word), .. MoreEnglish]),
        ["ru"] = Normalized(RussianAnalyzer.DefaultStopSet.Select(Word)),
        ["kk"] = Normalized(Kazakh),
    };

    /// <summary>Whether <paramref name="normalizedWord"/> (as <see cref="Tokenizer.Words"/> gives it) is a function word of the language.</summary>
    public static bool Contains(string normalizedWord, string language) =>
        ByLanguage.TryGetValue(language, out var words) && words.Contains(normalizedWord);

    private static string Word(object entry) => entry is char[] chars ? new string(chars) : entry.ToString() ?? "";

    /// <summary>Normalised as article words are (ё → е, lower case), so the lists match what the tokenizer yields.</summary>
    private static HashSet<string> Normalized(IEnumerable<string> words) =>
        new(words.Select(WordNormalizer.Normalize).Where(w => w.Length > 0), StringComparer.Ordinal);
}
