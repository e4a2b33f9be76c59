namespace Watchdog.Bench.Matching;

public static class MatchingBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return Task.FromResult(1);
    }
}
