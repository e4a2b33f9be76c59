namespace Watchdog.Bench.Ingest;

public static class IngestBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return Task.FromResult(1);
    }
}
