using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Watchdog.Analysis.Indexing;

namespace Watchdog.Storage.Search;

/// <summary>
/// Chooses the analyzer by field: per-language text fields get that language's analyzer, so indexing and querying
/// a field always agree; tags and language codes are matched whole, case-insensitively; ids and URLs exactly.
/// </summary>
internal sealed class ArticleFieldAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly ConcurrentDictionary<string, Analyzer> _byLanguage = new(StringComparer.Ordinal);
    private readonly Analyzer _exact = new KeywordAnalyzer();
    private readonly Analyzer _caseless = NewCaselessKeywordAnalyzer();

    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        if (ArticleFields.LanguageKeyOf(fieldName) is { } language) return _byLanguage.GetOrAdd(language, LanguageAnalyzers.For);
        return fieldName is ArticleFields.Tags or ArticleFields.Language ? _caseless : _exact;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var analyzer in _byLanguage.Values) analyzer.Dispose();
            _exact.Dispose();
            _caseless.Dispose();
        }
        base.Dispose(disposing);
    }

    private static Analyzer NewCaselessKeywordAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LanguageAnalyzers.Version, tokenizer));
    });
}
