namespace Watchdog.Bench.LanguageId;

public static class LanguageIdBenchmark
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return Task.FromResult(1);
    }
}
