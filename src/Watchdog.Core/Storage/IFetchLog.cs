using Watchdog.Core.Fetching;

namespace Watchdog.Core.Storage;

/// <summary>Append-only record of fetches, for diagnosing a source.</summary>
public interface IFetchLog
{
    Task AppendAsync(FetchLogEntry entry, CancellationToken ct);
    Task<IReadOnlyList<FetchLogEntry>> ListAsync(long? sourceId, int limit, CancellationToken ct);
}

public sealed record FetchLogEntry(long SourceId, Uri Url, FetchOutcome Outcome, int StatusCode, TimeSpan Elapsed, DateTimeOffset At, string? Error);
