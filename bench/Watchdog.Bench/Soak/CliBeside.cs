using Watchdog.Testing;

namespace Watchdog.Bench.Soak;

/// <summary>
/// Runs the real CLI — `stats`, `search`, `sources list`, in turn — as separate processes beside the service for as
/// long as the soak lasts, and counts the runs and the failures (any exit code but 0).
/// </summary>
public sealed class CliBeside(string configFile, string searchWord)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private readonly List<string> _errors = [];

    public int Runs { get; private set; }

    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return [.. _errors]; }
    }

    public async Task RunUntilAsync(CancellationToken stop)
    {
        string[][] commands = [["stats", "--json"], ["search", searchWord], ["sources", "list"]];
        while (!stop.IsCancellationRequested)
        {
            var args = commands[Runs % commands.Length];
            var (code, output) = await WatchdogProcess.RunAsync(["--config", configFile, .. args], CommandTimeout);
            Runs++;
            if (code != 0)
                lock (_errors) _errors.Add($"watchdog {string.Join(' ', args)} exited with {code}: {Tail(output)}");
        }
    }

    private static string Tail(string output) => output.Length <= 2000 ? output : output[^2000..];
}
