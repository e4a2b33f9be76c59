using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace Watchdog.Analysis.Indexing;

/// <summary>
/// The Lucene analyzer to index and search text of each language with. Every language shares Watchdog's
/// tokenizer (Unicode words, lower case, ё → е, look-alike letters, apostrophes, soft hyphens); ru, en and kk
/// add their stemmer (Russian/English Snowball with the English possessive removed, the Kazakh suffix
/// stripper). Use the same analyzer for the documents and for the query terms of one language.
/// </summary>
public static class LanguageAnalyzers
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    /// <param name="language">ISO 639-1 code; unknown codes and "und" get normalisation without stemming.</param>
    public static Analyzer For(string language) => new WatchdogAnalyzer(language ?? Languages.LanguageCodes.Undetermined);
}
