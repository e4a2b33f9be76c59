using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Watchdog.Analysis.Indexing;

/// <summary>The Lucene analyzer to index and search text of each language with. Placeholder: one analyzer for all.</summary>
public static class LanguageAnalyzers
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public static Analyzer For(string language) => new StandardAnalyzer(Version);
}
