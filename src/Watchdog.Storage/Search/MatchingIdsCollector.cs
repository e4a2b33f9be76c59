using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Watchdog.Storage.Search;

/// <summary>Collects the article id and date of every matching document, for exports that must not stop at a result window.</summary>
internal sealed class MatchingIdsCollector : ICollector
{
    private readonly List<(long Date, long Id)> _matches = [];
    private readonly BytesRef _term = new();
    private NumericDocValues? _dates;
    private BinaryDocValues _ids = null!;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Scores are not needed.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _dates = context.AtomicReader.GetNumericDocValues(ArticleFields.DateSort);
        _ids = FieldCache.DEFAULT.GetTerms(context.AtomicReader, ArticleFields.Id, false);
    }

    public void Collect(int doc)
    {
        _ids.Get(doc, _term);
        if (!long.TryParse(_term.Utf8ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return;
        _matches.Add((_dates?.Get(doc) ?? 0, id));
    }

    /// <summary>Newest first; ties (same date) by id, newest id first, as the store's own listings order them.</summary>
    public IReadOnlyList<long> NewestFirst() =>
        [.. _matches.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Select(m => m.Id)];
}
