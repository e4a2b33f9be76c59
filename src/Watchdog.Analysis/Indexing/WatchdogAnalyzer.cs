using Lucene.Net.Analysis;

namespace Watchdog.Analysis.Indexing;

/// <summary>Watchdog's tokenizer and normalisation, followed by the language's stemmer when it has one.</summary>
public sealed class WatchdogAnalyzer(string language) : Analyzer
{
    public string Language { get; } = language;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
#pragma warning disable CA2000 // the returned components own the token streams; Lucene disposes them with the analyzer
        var tokenizer = new WatchdogTokenizer(reader);
        return Morphology.Normalizer.HasStemmer(Language)
            ? new TokenStreamComponents(tokenizer, new StemmingFilter(tokenizer, Language))
            : new TokenStreamComponents(tokenizer);
#pragma warning restore CA2000
    }
}
