// Benchmarks print their figures and write them to bench/results/<name>.json.
// Usage: dotnet run -c Release --project bench/Watchdog.Bench -- <extraction|ingest|ingest-real|scale-out|matching|langid|entities|soak|conflation|tone|stories|stories-cpu|analysis-cpu|search|search-1m|perf-table> [options]
using Watchdog.Bench;

var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["extraction"] = Watchdog.Bench.Extraction.ExtractionBenchmark.RunAsync,
    ["ingest"] = Watchdog.Bench.Ingest.IngestBenchmark.RunAsync,
    ["ingest-real"] = Watchdog.Bench.IngestReal.IngestRealBenchmark.RunAsync,
    ["scale-out"] = Watchdog.Bench.IngestReal.ScaleOutBenchmark.RunAsync,
    ["matching"] = Watchdog.Bench.Matching.MatchingBenchmark.RunAsync,
    ["langid"] = Watchdog.Bench.LanguageId.LanguageIdBenchmark.RunAsync,
    ["entities"] = Watchdog.Bench.Entities.EntityBenchmark.RunAsync,
    ["soak"] = Watchdog.Bench.Soak.SoakBenchmark.RunAsync,
    ["conflation"] = Watchdog.Bench.Conflation.ConflationBenchmark.RunAsync,
    ["tone"] = Watchdog.Bench.Tone.ToneBenchmark.RunAsync,
    ["stories"] = Watchdog.Bench.Stories.StoriesBenchmark.RunAsync,
    ["stories-cpu"] = Watchdog.Bench.Stories.StoriesCpuBenchmark.RunAsync,
    ["analysis-cpu"] = Watchdog.Bench.Analysis.AnalysisCpuBenchmark.RunAsync,
    ["search"] = Watchdog.Bench.Search.SearchBenchmark.RunAsync,
    ["search-1m"] = Watchdog.Bench.SearchAtSize.SearchAtSizeBenchmark.RunAsync,
    ["perf-table"] = Watchdog.Bench.PerfTable.PerfTableCommand.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Watchdog.Bench <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}
return await run(args[1..]);
