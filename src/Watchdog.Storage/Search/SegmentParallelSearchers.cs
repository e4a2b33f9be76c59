using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Watchdog.Storage.Search;

/// <summary>
/// Searchers that score an index's segments at the same time on the thread pool and merge their top hits, so a search
/// over a large index uses the cores a lone request would leave idle. Lucene merges the segments' hits with the same
/// tie-breaks as one pass over them, and counts every hit: results are those of a sequential search. Only searches
/// for top hits run in parallel; a custom collector (breakdowns, id lists) still visits the segments in turn.
/// A large segment is also split into ranges of documents scored at once (<see cref="RangeParallelSearcher"/>).
/// </summary>
internal sealed class SegmentParallelSearchers : SearcherFactory
{
    public static SegmentParallelSearchers Instance { get; } = new();

    public override IndexSearcher NewSearcher(IndexReader reader) =>
        // A lone small segment gains nothing from a task of its own.
        reader.Leaves.Count > 1 || reader.MaxDoc >= 2 * RangeParallelSearcher.MinRangeDocs
            ? new RangeParallelSearcher(reader)
            : new IndexSearcher(reader);
}

/// <summary>
/// Scores each segment — and each range of a large segment — as a task of its own and merges their top hits. Lucene
/// gives a segment one task, so at 1,000,000 articles, where merging leaves one segment with nine in ten of them,
/// a search used one core. A range's scorer is the one Lucene scores the segment with, moved to the range's first
/// document, so every hit scores the same; ranges and segments are merged in document order, so ties break as in one
/// pass (the lower document first) and every hit is counted. Only for scorers that visit documents in order: a plain
/// disjunction, which Lucene scores out of order in bulk, and searches after a given hit are left to Lucene.
/// </summary>
/// <param name="minRangeDocs">The fewest documents a range holds (<see cref="MinRangeDocs"/>; smaller in tests).</param>
internal sealed class RangeParallelSearcher(IndexReader reader, int minRangeDocs = RangeParallelSearcher.MinRangeDocs)
    : IndexSearcher(reader, TaskScheduler.Default)
{
    /// <summary>Below this many documents a range's task and scorer cost more than scoring them on the way.</summary>
    public const int MinRangeDocs = 100_000;

    protected override TopDocs Search(Weight weight, ScoreDoc? after, int nDocs)
    {
        if (after is not null || weight.ScoresDocsOutOfOrder) return base.Search(weight, after, nDocs);
        var hits = Math.Min(nDocs, Math.Max(1, IndexReader.MaxDoc));
        return TopDocs.Merge(null, hits, ScoreRanges(weight, () => TopScoreDocCollector.Create(hits, docsScoredInOrder: true), c => c.GetTopDocs()));
    }

    protected override TopFieldDocs Search(Weight weight, FieldDoc? after, int nDocs, Sort sort, bool fillFields, bool doDocScores, bool doMaxScore)
    {
        if (after is not null || weight.ScoresDocsOutOfOrder) return base.Search(weight, after, nDocs, sort, fillFields, doDocScores, doMaxScore);
        var hits = Math.Min(nDocs, Math.Max(1, IndexReader.MaxDoc));
        // Merging sorted hits compares their sort values, so each range keeps them.
        var ranges = ScoreRanges(weight, () => TopFieldCollector.Create(sort, hits, fillFields: true, doDocScores, doMaxScore, docsScoredInOrder: true), c => c.GetTopDocs());
        return (TopFieldDocs)TopDocs.Merge(sort, hits, ranges);
    }

    /// <summary>Each range's top hits, in document order.</summary>
    private TopDocs[] ScoreRanges<TCollector>(Weight weight, Func<TCollector> newCollector, Func<TCollector, TopDocs> topOf)
        where TCollector : ICollector
    {
        var ranges = Ranges(IndexReader.Leaves);
        var results = new TopDocs[ranges.Count];
        Parallel.For(0, ranges.Count, i =>
        {
            var (leaf, start, end) = ranges[i];
            var collector = newCollector();
            collector.SetNextReader(leaf);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null)
            {
                collector.SetScorer(scorer);
                for (var doc = start == 0 ? scorer.NextDoc() : scorer.Advance(start); doc < end; doc = scorer.NextDoc()) collector.Collect(doc);
            }
            results[i] = topOf(collector);
        });
        return results;
    }

    /// <summary>Every segment whole, but a large one cut into as many equal ranges as there are cores.</summary>
    private List<(AtomicReaderContext Leaf, int Start, int End)> Ranges(IList<AtomicReaderContext> leaves)
    {
        var ranges = new List<(AtomicReaderContext, int, int)>();
        foreach (var leaf in leaves)
        {
            var documents = leaf.AtomicReader.MaxDoc;
            var parts = Math.Clamp(documents / minRangeDocs, 1, Environment.ProcessorCount);
            for (var part = 0; part < parts; part++)
                ranges.Add((leaf, (int)((long)documents * part / parts), part == parts - 1 ? int.MaxValue : (int)((long)documents * (part + 1) / parts)));
        }
        return ranges;
    }
}
