using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;

namespace Watchdog.Storage.Search;

/// <summary>
/// Counts every matching document per date bucket, source, language and tone, reading dates from doc values and source,
/// language and tone from Lucene's field cache (built once per segment and kept), never from stored fields.
/// </summary>
internal sealed class BreakdownCollector(DateTimeOffset from, TimeSpan bucket, int buckets) : ICollector
{
    private readonly long[] _counts = new long[buckets];
    private readonly Dictionary<long, long> _bySource = [];
    private readonly Dictionary<string, long> _byLanguage = new(StringComparer.Ordinal);
    private readonly ToneTally _tones = new(buckets);
    private readonly BytesRef _term = new();
    private long _total;
    private NumericDocValues? _dates;
    private BinaryDocValues _sources = null!;
    private BinaryDocValues _languages = null!;
    private BinaryDocValues _toneLabels = null!;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Scores are not needed.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _dates = reader.GetNumericDocValues(ArticleFields.DateSort);
        _sources = FieldCache.DEFAULT.GetTerms(reader, ArticleFields.Source, false);
        _languages = FieldCache.DEFAULT.GetTerms(reader, ArticleFields.Language, false);
        _toneLabels = FieldCache.DEFAULT.GetTerms(reader, ArticleFields.Tone, false);
    }

    public void Collect(int doc)
    {
        _total++;
        var index = -1;
        if (_dates is not null)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(_dates.Get(doc));
            index = SearchBreakdown.BucketOf(at, from, bucket, _counts.Length);
            if (index >= 0) _counts[index]++;
        }
        _sources.Get(doc, _term);
        var knownSource = long.TryParse(_term.Utf8ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var source);
        if (knownSource) _bySource[source] = _bySource.GetValueOrDefault(source) + 1;
        // Documents indexed before tone existed have no tone term: untagged.
        _toneLabels.Get(doc, _term);
        _tones.Add(index, source, _term.Length == 0 ? null : ToneLabels.Parse(_term.Utf8ToString()));
        _languages.Get(doc, _term);
        var language = _term.Length == 0 ? "und" : _term.Utf8ToString();
        _byLanguage[language] = _byLanguage.GetValueOrDefault(language) + 1;
    }

    public SearchBreakdown Result() => new(_total, from, bucket, _counts, _bySource, _byLanguage, _tones.Result());
}
