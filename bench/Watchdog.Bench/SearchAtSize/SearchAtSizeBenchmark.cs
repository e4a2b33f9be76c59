using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Watchdog.Core.Search;
using Watchdog.Pipeline.Import;
using Watchdog.Pipeline.Storage;
using Watchdog.Storage;
using Watchdog.Storage.Postgres;
using Watchdog.Testing.Postgres;

namespace Watchdog.Bench.SearchAtSize;

/// <summary>
/// Search at the size users reach: N synthetic-from-real ru/kk/en articles (<see cref="SyntheticArchive"/>) loaded
/// through `watchdog import`'s path (<see cref="ArticleImporter"/>), then the fixed <see cref="SearchQueryMix"/> run
/// single-threaded, warm, through <see cref="ISearchIndex.SearchAsync"/> — what GET /api/search calls — with 20
/// highlighted hits a page. Writes bench/results/search-1m.json.
/// Usage: search-1m [--documents 1000000] [--store embedded|postgres|both] [--rounds 10] [--seed 7] [--tone] [--data DIR] [--out search-1m.json]
/// (--data keeps the store in DIR with its load figures — the embedded store's files, or PostgreSQL's cluster: a later
/// run with more documents loads only the rest, one with as many only runs the queries). Latencies are wall-clock and,
/// beside them, the process's CPU time per query and, for PostgreSQL, its server's: on this shared machine the wall
/// clock also counts the time other jobs held the cores. Runs are kept per store and size.
/// </summary>
public static class SearchAtSizeBenchmark
{
    private const string ResultFile = "search-1m.json";
    /// <summary>The load figures of a store kept with --data, in its folder.</summary>
    private const string LoadFiguresFile = "search-1m-load.json";
    private const int WarmupRounds = 2;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        var documents = BenchArgs.PositiveInt(args, "--documents", 1_000_000);
        var rounds = BenchArgs.PositiveInt(args, "--rounds", 10);
        var seed = BenchArgs.PositiveInt(args, "--seed", 7);
        var which = BenchArgs.Text(args, "--store") ?? "embedded";
        var keptFolder = BenchArgs.Text(args, "--data");
        var tone = args.Contains("--tone");
        if (keptFolder is not null && which == "both")
            throw new ArgumentException("--data keeps one store: run --store embedded and --store postgres with a folder each");
        var pool = SentencePool.Load(BenchPaths.SharedData);
        Console.WriteLine($"search-1m: {documents:N0} documents, sentences {SentencePool.Describe(pool)}");

        var path = Path.Combine(BenchPaths.Results, BenchArgs.Text(args, "--out") ?? ResultFile);
        var previous = await ReadRunsAsync(path);
        var runs = new List<SearchAtSizeRun>();
        var load = new LoadRun(pool, documents, seed, rounds, ImportSettings.Default with { Tone = tone });
        if (which is "both" or "embedded") runs.Add(await RunEmbeddedAsync(load, keptFolder, previous));
        if (which is "both" or "postgres") runs.Add(await RunPostgresAsync(load, keptFolder, previous));

        // Read again: another run (the other store) may have written the file meanwhile.
        var kept = (await ReadRunsAsync(path)).Where(p => runs.All(r => r.Store != p.Store || r.Documents != p.Documents));
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new SearchAtSizeFigures([.. kept, .. runs]), Json));
        Console.WriteLine($"wrote {path}");
        return 0;
    }

    private static async Task<IReadOnlyList<SearchAtSizeRun>> ReadRunsAsync(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<SearchAtSizeFigures>(await File.ReadAllTextAsync(path), Json)?.Runs ?? [] : [];

    private static async Task<SearchAtSizeRun> RunEmbeddedAsync(LoadRun load, string? keptFolder, IReadOnlyList<SearchAtSizeRun> previous)
    {
        var folder = keptFolder ?? Path.Combine(Path.GetTempPath(), $"watchdog-search-1m-{Guid.NewGuid():N}");
        try
        {
            // The set owns the store and closes it.
            using var stores = StoreSet.FromEmbedded(await EmbeddedStore.OpenAsync(folder));
            Console.WriteLine($"embedded store in {folder}:");
            // The mix repeats each search; kept results would answer all but the first, which is not what is measured.
            stores.EmbeddedIndex!.CachesResults = false;
            var loaded = await load.LoadOrReuseAsync(stores, keptFolder, "embedded", previous);
            var bytes = new DirectoryInfo(Path.Combine(folder, EmbeddedStore.IndexFolderName)).EnumerateFiles().Sum(f => f.Length);
            var database = new DirectoryInfo(folder).EnumerateFiles($"{EmbeddedStore.DatabaseFileName}*").Sum(f => f.Length);
            var documentsStored = await stores.Articles.CountAsync(CancellationToken.None);
            return await load.QueryAsync("embedded", stores.Search, documentsStored, loaded, bytes, database,
                "Lucene index folder (term vectors with positions and offsets for highlighting); SQLite file beside it");
        }
        finally
        {
            if (keptFolder is null) BenchMath.TryDeleteFolder(folder);
        }
    }

    private static async Task<LoadFigures?> ReadKeptLoadAsync(string path, long documents) =>
        File.Exists(path) && JsonSerializer.Deserialize<KeptLoad>(await File.ReadAllTextAsync(path), Json) is { } kept && kept.Documents == documents
            ? kept.Load
            : null;

    private static async Task<SearchAtSizeRun> RunPostgresAsync(LoadRun load, string? keptFolder, IReadOnlyList<SearchAtSizeRun> previous)
    {
        var server = keptFolder is null ? new PostgresServerFixture() : PostgresServerFixture.Kept(keptFolder);
        await server.InitializeAsync();
        try
        {
            var connectionString = await server.DatabaseForAsync(typeof(SearchAtSizeBenchmark));
            await using var store = await PostgresStore.OpenAsync(connectionString);
            using var stores = StoreSet.FromPostgres(store);
            Console.WriteLine($"PostgreSQL ({keptFolder ?? "throwaway server"}, fsync off):");
            var loaded = await load.LoadOrReuseAsync(stores, keptFolder, "postgres", previous);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync();
            await using var sizes = new NpgsqlCommand(
                "SELECT pg_total_relation_size('search_documents'), pg_total_relation_size('articles'), pg_backend_pid()", connection);
            await using var reader = await sizes.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (index, database, backend) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2));
            await reader.DisposeAsync();
            var serverCpu = PostgresServerCpu.OfBackend(backend);
            var documentsStored = await stores.Articles.CountAsync(CancellationToken.None);
            return await load.QueryAsync("postgres", stores.Search, documentsStored, loaded, index, database,
                "search_documents with its indexes and TOAST (GIN over the tsvector, tags, source names; title and text out of line); " +
                "articles table with its indexes beside it", serverCpu,
                $"; relevance ranks each query's newest {PostgresSearchIndex.DefaultRankedMatches:N0} matches (ts_rank_cd), the rest follow newest first; counts exact; " +
                "server CPU per query: the PostgreSQL server's processes' time on a CPU (/proc schedstat) across the query");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private sealed class LoadRun(SentencePool pool, int documents, int seed, int rounds, ImportSettings import)
    {
        public int Documents => documents;

        /// <summary>
        /// Loads what the store lacks of the archive. A store kept with --data that already has it is not loaded
        /// again: its load figures are read from beside it (or from an earlier result of that size).
        /// </summary>
        public async Task<LoadFigures> LoadOrReuseAsync(StoreSet stores, string? keptFolder, string store, IReadOnlyList<SearchAtSizeRun> previous)
        {
            var stored = await stores.Articles.CountAsync(CancellationToken.None);
            var kept = keptFolder is null ? null : Path.Combine(keptFolder, LoadFiguresFile);
            if (stored >= documents)
            {
                return (kept is null ? null : await ReadKeptLoadAsync(kept, stored))
                    ?? previous.FirstOrDefault(p => p.Store == store && p.Documents == stored)?.Load
                    ?? throw new InvalidOperationException($"{keptFolder} is loaded, but neither it nor {ResultFile} has load figures for it; load it again");
            }
            var loaded = await LoadAsync(stores, resumeAfter: stored);
            // Kept beside the store, so a later run that only queries it (on another checkout) reports how it was loaded.
            if (kept is not null) await File.WriteAllTextAsync(kept, JsonSerializer.Serialize(new KeptLoad(stored + loaded.Imported, loaded), Json));
            return loaded;
        }

        /// <param name="resumeAfter">Articles already in the store from an earlier run with the same seed: their lines are skipped.</param>
        public async Task<LoadFigures> LoadAsync(StoreSet stores, long resumeAfter)
        {
            using var archive = new SyntheticArchive(pool, documents, seed);
            for (var skipped = 0L; skipped < resumeAfter; skipped++) archive.ReadLine();
            var importer = new ArticleImporter(stores, TimeProvider.System, NullLogger<ArticleImporter>.Instance);
            var lastShown = TimeSpan.Zero;
            var cpu = Environment.CpuUsage.TotalTime;
            var summary = await importer.RunAsync(archive, import, new Progress<ImportProgress>(p =>
            {
                if (p.Elapsed - lastShown < TimeSpan.FromSeconds(60)) return;
                lastShown = p.Elapsed;
                Console.WriteLine($"  {resumeAfter + p.Imported:N0} stored, {p.ArticlesPerSecond:N0}/s, {p.Elapsed:hh\\:mm\\:ss}, load average {LoadAverage()}");
            }), bad => Console.WriteLine($"  bad line {bad.Number}: {bad.Problem}"), CancellationToken.None);
            var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
            Console.WriteLine($"  loaded {summary.Imported:N0} ({summary.Duplicates} duplicates) in {summary.Seconds:N0} s: {summary.ArticlesPerSecond:N0} articles/s, {cpuMs / Math.Max(1, summary.Imported):0.00} ms CPU each");
            return new LoadFigures(summary.Imported, resumeAfter, summary.Duplicates, summary.Seconds, summary.ArticlesPerSecond,
                Math.Round(cpuMs / Math.Max(1, summary.Imported), 2), Math.Round((double)archive.TextChars / documents), import.Tone);
        }

        /// <param name="serverCpu">The database server, when it is another process: its CPU time per query is measured too.</param>
        public async Task<SearchAtSizeRun> QueryAsync(string store, ISearchIndex index, long documentsStored, LoadFigures load, long indexBytes, long databaseBytes, string sizes,
            PostgresServerCpu? serverCpu = null, string ranking = "")
        {
            var mix = SearchQueryMix.All().ToList();
            var timings = mix.ToDictionary(q => q, _ => new List<double>());
            var cpuTimings = mix.ToDictionary(q => q, _ => new List<double>());
            var serverTimings = mix.ToDictionary(q => q, _ => new List<double>());
            var loadBefore = LoadAverage();
            var hits = mix.ToDictionary(q => q, _ => 0L);
            for (var round = 0; round < WarmupRounds + rounds; round++)
            {
                foreach (var q in mix)
                {
                    // Read outside the process's CPU window: scanning /proc is the benchmark's cost, not the search's.
                    var serverBefore = serverCpu?.TotalMs() ?? 0;
                    var cpu = Environment.CpuUsage.TotalTime;
                    var watch = Stopwatch.StartNew();
                    var results = await index.SearchAsync(new SearchRequest { Query = q.Query, Order = q.Order, PageSize = 20 }, CancellationToken.None);
                    var ms = watch.Elapsed.TotalMilliseconds;
                    var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
                    var serverMs = (serverCpu?.TotalMs() ?? 0) - serverBefore;
                    hits[q] = results.Total;
                    if (round < WarmupRounds) continue;
                    timings[q].Add(ms);
                    cpuTimings[q].Add(cpuMs);
                    serverTimings[q].Add(serverMs);
                }
            }
            var all = timings.Values.SelectMany(t => t).Order().ToArray();
            var allCpu = cpuTimings.Values.SelectMany(t => t).Order().ToArray();
            var allServer = serverTimings.Values.SelectMany(t => t).Order().ToArray();
            double? Server(double[] sorted, double percentile) => serverCpu is null ? null : Math.Round(BenchMath.Percentile(sorted, percentile), 1);
            var classes = mix.GroupBy(q => q.Class).Select(g =>
            {
                var sorted = g.SelectMany(q => timings[q]).Order().ToArray();
                var sortedCpu = g.SelectMany(q => cpuTimings[q]).Order().ToArray();
                var sortedServer = g.SelectMany(q => serverTimings[q]).Order().ToArray();
                return new QueryClassFigures(g.Key, Math.Round(BenchMath.Percentile(sorted, 0.5), 1), Math.Round(BenchMath.Percentile(sorted, 0.99), 1),
                    Math.Round(BenchMath.Percentile(sortedCpu, 0.5), 1), Math.Round(BenchMath.Percentile(sortedCpu, 0.99), 1),
                    g.Select(q => new QueryFigures(q.Query, hits[q], Math.Round(BenchMath.Percentile([.. timings[q].Order()], 0.5), 1))).ToList(),
                    Server(sortedServer, 0.5), Server(sortedServer, 0.99));
            }).ToList();
            foreach (var c in classes)
            {
                Console.WriteLine($"  {c.Class,-20} p50 {c.P50Ms,7:0.0} ms  p99 {c.P99Ms,7:0.0} ms  (CPU {c.CpuP50Ms:0.0} / {c.CpuP99Ms:0.0} ms" +
                                  (c.ServerCpuP50Ms is null ? ")" : $"; server CPU {c.ServerCpuP50Ms:0.0} / {c.ServerCpuP99Ms:0.0} ms)"));
            }
            var run = new SearchAtSizeRun(store, documentsStored, Math.Round(BenchMath.Percentile(all, 0.5), 1), Math.Round(BenchMath.Percentile(all, 0.99), 1),
                Math.Round(BenchMath.Percentile(allCpu, 0.5), 1), Math.Round(BenchMath.Percentile(allCpu, 0.99), 1), $"{loadBefore} → {LoadAverage()}",
                load.PerSecond, indexBytes, databaseBytes, classes,
                $"synthetic from real sentences: {documentsStored:N0} ru/kk/en articles recombined from ../shared/data sentences ({SentencePool.Describe(pool)}); " +
                $"log-normal length, median {SyntheticArchive.MedianSentences} sentences (mean {load.MeanTextChars:N0} characters of text); " +
                $"dates spread over the year before {SyntheticArchive.End:yyyy-MM-dd}; {SyntheticArchive.SourceCount} sources (ru 45 %, kk 25 %, en 30 %); language given in the archive; seed {seed}",
                $"load: `watchdog import` path, batches of {import.BatchSize} (one transaction and one index commit each), {import.Threads} threads, tone {(load.Tone ? "computed" : "off (--no-tone)")}" +
                (load.ResumedAfter > 0 ? $", the last {load.Imported:N0} loaded onto a store of {load.ResumedAfter:N0} from a smaller run (load figures are for them)" : "") + "; " +
                $"queries: {mix.Count} (4 kinds × 4 queries × 2 orders), {WarmupRounds} warm-up rounds then {rounds} timed, one thread, ISearchIndex.SearchAsync as GET /api/search calls it (result cache off), 20 hits a page with highlighted snippets and titles{ranking}; " +
                $"sizes: {sizes}; {Environment.ProcessorCount} cores shared with other engineers' builds and tests",
                load, Server(allServer, 0.5), Server(allServer, 0.99));
            Console.WriteLine($"  all: p50 {run.P50Ms} ms, p99 {run.P99Ms} ms (CPU {run.CpuP50Ms} / {run.CpuP99Ms} ms{(run.ServerCpuP50Ms is null ? "" : $"; server {run.ServerCpuP50Ms} / {run.ServerCpuP99Ms} ms")}); index {indexBytes / 1e6:N0} MB; load average {run.LoadAverage}");
            return run;
        }
    }

    /// <summary>The one-minute load average, so a reader can tell what else the cores were doing.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}

public sealed record SearchAtSizeFigures(IReadOnlyList<SearchAtSizeRun> Runs);

/// <param name="IndexBytes">The search index on disk (see Settings for what it covers).</param>
/// <param name="DatabaseBytes">The article rows on disk beside it.</param>
/// <param name="CpuP50Ms">The process's CPU time per query (what the latency would be on idle cores, near enough, for the embedded store).</param>
/// <param name="ServerCpuP50Ms">PostgreSQL's: its server's CPU time per query (see <see cref="PostgresServerCpu"/>), beside the process's.</param>
public sealed record SearchAtSizeRun(
    string Store, long Documents, double P50Ms, double P99Ms, double CpuP50Ms, double CpuP99Ms, string LoadAverage,
    double LoadPerSecond, long IndexBytes, long DatabaseBytes,
    IReadOnlyList<QueryClassFigures> Queries, string Data, string Settings, LoadFigures Load,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ServerCpuP50Ms = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ServerCpuP99Ms = null);

public sealed record QueryClassFigures(
    string Class, double P50Ms, double P99Ms, double CpuP50Ms, double CpuP99Ms, IReadOnlyList<QueryFigures> Queries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ServerCpuP50Ms = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ServerCpuP99Ms = null);

public sealed record QueryFigures(string Query, long Hits, double P50Ms);

/// <summary>How a store kept with --data was loaded: the load figures of the run that brought it to <paramref name="Documents"/>.</summary>
public sealed record KeptLoad(long Documents, LoadFigures Load);

/// <param name="ResumedAfter">Articles already in the store when this load began (from a smaller run); the figures are for the rest.</param>
public sealed record LoadFigures(
    long Imported, long ResumedAfter, long Duplicates, double Seconds, double PerSecond, double CpuMsPerArticle, double MeanTextChars, bool Tone);
