using Watchdog.Core.Fetching;

namespace Watchdog.Pipeline.Stages;

public static class FetchResultText
{
    /// <summary>One line saying why a fetch gave no body, for logs and the source's last error.</summary>
    public static string Describe(this FetchResult result) =>
        result.Error is { Length: > 0 } error ? $"{result.Outcome}: {error}" : $"{result.Outcome} (HTTP {result.StatusCode})";
}
