namespace Watchdog.Bench.IngestReal;

/// <summary>One run of bench/results/ingest-real.json or scale-out.json.</summary>
public sealed record RunFigures
{
    public required string Politeness { get; init; }
    public required string Store { get; init; }
    public required int Workers { get; init; }
    public required int Pages { get; init; }
    /// <summary>Short social posts served besides the pages (the memory run's short-text share); 0 for articles only.</summary>
    public int ShortPosts { get; init; }
    public long ArticlesStored { get; init; }
    /// <summary>Pages the store kept out as duplicates of one already stored (should be 0: every page differs).</summary>
    public long Duplicates { get; init; }
    public long Quarantined { get; init; }
    public double ElapsedSeconds { get; init; }
    public double PagesPerSecond { get; init; }
    public long MeanPageBytes { get; init; }
    /// <summary>CPU of the service process(es) per page, from /proc: what the figure would be on an idle machine's cores.</summary>
    public double CpuMsPerPage { get; init; }
    public double PagesPerCpuSecond { get; init; }
    public double? DatabaseServerCpuMsPerPage { get; init; }
    /// <summary>CPU of the benchmark process (the loopback web making and serving pages, the probes) per page.</summary>
    public double LoopbackWebCpuMsPerPage { get; init; }
    public IReadOnlyDictionary<string, double>? StageCpuMsPerPage { get; init; }
    public IReadOnlyDictionary<string, double>? StageWallMsPerPage { get; init; }
    public double StartupSeconds { get; init; }
    public double PeakWorkingSetMb { get; init; }
    /// <summary>When the peak was reached: the last rise of the high-water mark seen by the 250 ms poll (one process only).</summary>
    public PeakRise? PeakReached { get; init; }
    public IReadOnlyList<MemorySample> Memory { get; init; } = [];
    public long? IndexBytesPer1000Articles { get; init; }
    /// <summary>Mean one-minute load average over the run (2 cores; other people's work included).</summary>
    public double LoadAverage { get; init; }
    public string? LoadAverageAtEnd { get; init; }
    public required string Data { get; init; }
    public required string Settings { get; init; }
}

/// <summary>
/// The service's memory when <paramref name="Articles"/> were stored: working set (all processes; its anonymous and
/// file-backed parts) and, for one process, its managed heap and what the GC has committed, the large-object heap after
/// the last collection, the collections of generation 0, 1 and 2 so far and SQLite's native memory (null where not
/// measured, e.g. older runs).
/// </summary>
public sealed record MemorySample(
    long Articles, double Seconds, double WorkingSetMb, double AnonymousMb, double FileBackedMb, double? ManagedHeapMb, double? GcCommittedMb, double CpuSeconds,
    double? LargeObjectHeapMb = null, IReadOnlyList<int>? Collections = null, double? SqliteMb = null, int? Threads = null);

/// <summary>
/// A rise of the working set's high-water mark to <paramref name="PeakMb"/>, seen <paramref name="Seconds"/> into the run
/// with <paramref name="Articles"/> stored; the resident set then and the process's threads. The samples are taken every
/// few hundred articles and miss the peak between them; the poll sees it within 250 ms.
/// </summary>
public sealed record PeakRise(long Articles, double Seconds, double PeakMb, double WorkingSetMb, int Threads, IReadOnlyList<int>? Collections);
