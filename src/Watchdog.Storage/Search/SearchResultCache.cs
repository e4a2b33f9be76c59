using System.Collections.Concurrent;
using Lucene.Net.Index;
using Watchdog.Core.Search;

namespace Watchdog.Storage.Search;

/// <summary>
/// The results of recent searches against one state of the index, so that the same search repeated (a dashboard
/// reloading, several people following the same query) is answered without running and highlighting it again —
/// Elasticsearch keeps a request cache for the same reason. A result is a function of the request and the index
/// reader it ran on, and a reader never changes: every write, commit or refresh gives a new reader, and a search on a
/// new reader finds nothing cached, so an answer is never staler than an uncached one. Thread-safe.
/// </summary>
/// <remarks>
/// Only results are kept; whoever asked is the caller's business (the REST API writes an audit entry for every
/// search, answered from here or not). A query naming a watchlist is never kept: it expands to the watchlist's
/// entries of the moment, which change without a new reader.
/// </remarks>
internal sealed class SearchResultCache
{
    /// <summary>Different searches kept for one index state; a dashboard's users repeat far fewer.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>
    /// Hits kept in all: a hit holds its title twice, a snippet and an address, about 1.5 KB, so some 15 MB at most
    /// (a thousand pages of the default size or a hundred of the largest).
    /// </summary>
    public const int MaxHits = 10_000;

    private volatile Generation? _current;
    private long _hits;
    private long _misses;

    /// <summary>Searches answered from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Cacheable searches that had to run since start.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <returns>
    /// The key the request's results are kept under (the query without surrounding spaces, which parse the same),
    /// or null when they must not be kept (see the class remarks).
    /// </returns>
    public static SearchRequest? KeyOf(SearchRequest request) =>
        request.Query.Contains('@', StringComparison.Ordinal) ? null : request with { Query = request.Query.Trim() };

    /// <param name="reader">The reader the search would run on.</param>
    public bool TryGet(IndexReader reader, SearchRequest key, out SearchResults results)
    {
        if (_current is { } generation && generation.IsOf(reader) && generation.Results.TryGetValue(key, out results!))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }
        Interlocked.Increment(ref _misses);
        results = null!;
        return false;
    }

    /// <param name="reader">The reader <paramref name="results"/> came from.</param>
    public void Add(IndexReader reader, SearchRequest key, SearchResults results)
    {
        var generation = _current;
        if (generation is null || !generation.IsOf(reader))
        {
            // A search that began on the reader before a refresh must not push out the newer one's results.
            if (generation is not null && VersionOf(reader) < generation.Version) return;
            generation = new Generation(reader);
            _current = generation;
        }
        if (!generation.TryReserve(results.Hits.Count))
        {
            // Full: start this reader's cache afresh rather than keep the first searches for ever (an index that
            // stops changing keeps its reader, and so its cache, for a long time).
            generation = new Generation(reader);
            if (!generation.TryReserve(results.Hits.Count)) return;
            _current = generation;
        }
        generation.Results.TryAdd(key, results);
    }

    private static long VersionOf(IndexReader reader) => reader is DirectoryReader directory ? directory.Version : 0;

    /// <summary>What is kept for one reader. The reader is held weakly: a closed reader must not stay in memory for this.</summary>
    private sealed class Generation(IndexReader reader)
    {
        private readonly WeakReference<IndexReader> _reader = new(reader);
        private int _entries;
        private int _hits;

        public long Version { get; } = VersionOf(reader);
        public ConcurrentDictionary<SearchRequest, SearchResults> Results { get; } = new();

        public bool IsOf(IndexReader reader) => _reader.TryGetTarget(out var own) && ReferenceEquals(own, reader);

        /// <summary>Counts an entry of <paramref name="hits"/> hits in, unless that would pass a bound.</summary>
        public bool TryReserve(int hits)
        {
            if (Interlocked.Increment(ref _entries) > MaxEntries || Interlocked.Add(ref _hits, hits) > MaxHits) return false;
            return true;
        }
    }
}
