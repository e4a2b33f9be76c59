using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Watchdog.Storage.Search;

/// <summary>
/// How Lucene reads the index folder: term dictionaries and postings memory-mapped, where a search jumps about; the bulk
/// files read with positional reads instead — stored fields and term vectors, which a search reads for the 20 hits it
/// shows, and the compound files of small segments.
/// </summary>
/// <remarks>
/// A merge reads its source segments whole, and a memory-mapped page once read stays in the process's resident set until
/// the merged-away segment is closed: every merge grew the service's working set by what it read, up to 35 MB on the
/// 10,000-page ingest bench and, at a year of articles, by segments of hundreds of MB (stored fields and term vectors are
/// 4.5 of the 5.9 GB of the 1,000,000-article index). Read with positional reads, the same pages are in the kernel's page
/// cache, which it reclaims when it needs to and no process's working set counts. Searches at that size stay within
/// their target: the search-1m queries on the kept 1,000,000-article store, on the idle machine, gave p50 9.2 / p99
/// 28.4 ms read this way against p50 10.2 / p99 24.8 ms all mapped (the recorded row of bench/results/search-1m.json).
/// </remarks>
internal static class IndexFolder
{
    /// <summary>Lucene 4.8's extensions of stored fields data (fdt), term vector data (tvd) and compound files (cfs).</summary>
    private static readonly HashSet<string> ReadWithoutMapping = new(StringComparer.Ordinal) { "fdt", "tvd", "cfs" };

    public static LuceneDirectory Open(string folder, LockFactory locks)
    {
        var path = new DirectoryInfo(folder);
        // The switch owns both (doClose) and disposes them with itself.
#pragma warning disable CA2000
        return new FileSwitchDirectory(ReadWithoutMapping, new NIOFSDirectory(path, locks), new MMapDirectory(path, locks), doClose: true);
#pragma warning restore CA2000
    }
}
