using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Watchdog.Storage.Search;

/// <summary>
/// Searchers that score an index's segments at the same time on the thread pool and merge their top hits, so a search
/// over a large index uses the cores a lone request would leave idle. Lucene merges the segments' hits with the same
/// tie-breaks as one pass over them, and counts every hit: results are those of a sequential search. Only searches
/// for top hits run in parallel; a custom collector (breakdowns, id lists) still visits the segments in turn.
/// </summary>
internal sealed class SegmentParallelSearchers : SearcherFactory
{
    public static SegmentParallelSearchers Instance { get; } = new();

    public override IndexSearcher NewSearcher(IndexReader reader) =>
        // A lone segment gains nothing from a task of its own.
        reader.Leaves.Count > 1 ? new IndexSearcher(reader, TaskScheduler.Default) : new IndexSearcher(reader);
}
