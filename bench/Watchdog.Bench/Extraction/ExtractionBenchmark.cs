namespace Watchdog.Bench.Extraction;

public static class ExtractionBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return Task.FromResult(1);
    }
}
